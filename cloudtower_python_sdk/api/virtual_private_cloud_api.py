# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudApi(Api):
    """The VirtualPrivateCloud operations of the CloudTower API (docs/apis/VirtualPrivateCloudApi.md)."""
    create_virtual_private_cloud = Op('create_virtual_private_cloud', 'POST', '/create-virtual-private-cloud', body=('virtual_private_cloud_creation_params', 'list[VirtualPrivateCloudCreationParams]', True), returns='list[WithTaskVirtualPrivateCloud]')
    create_virtual_private_cloud_with_http_info = create_virtual_private_cloud.with_http_info
    delete_virtual_private_cloud = Op('delete_virtual_private_cloud', 'POST', '/delete-virtual-private-cloud', body=('virtual_private_cloud_deletion_params', 'VirtualPrivateCloudDeletionParams', True), returns='list[WithTaskDeleteVirtualPrivateCloud]')
    delete_virtual_private_cloud_with_http_info = delete_virtual_private_cloud.with_http_info
    get_virtual_private_clouds = Op('get_virtual_private_clouds', 'POST', '/get-virtual-private-clouds', body=('get_virtual_private_clouds_request_body', 'GetVirtualPrivateCloudsRequestBody', True), returns='list[VirtualPrivateCloud]')
    get_virtual_private_clouds_with_http_info = get_virtual_private_clouds.with_http_info
    get_virtual_private_clouds_connection = Op('get_virtual_private_clouds_connection', 'POST', '/get-virtual-private-clouds-connection', body=('get_virtual_private_clouds_connection_request_body', 'GetVirtualPrivateCloudsConnectionRequestBody', True), returns='VirtualPrivateCloudConnection')
    get_virtual_private_clouds_connection_with_http_info = get_virtual_private_clouds_connection.with_http_info
    update_virtual_private_cloud = Op('update_virtual_private_cloud', 'POST', '/update-virtual-private-cloud', body=('virtual_private_cloud_updation_params', 'VirtualPrivateCloudUpdationParams', True), returns='list[WithTaskVirtualPrivateCloud]')
    update_virtual_private_cloud_with_http_info = update_virtual_private_cloud.with_http_info
