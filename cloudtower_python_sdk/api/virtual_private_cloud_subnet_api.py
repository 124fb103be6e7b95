# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudSubnetApi(Api):
    """The VirtualPrivateCloudSubnet operations of the CloudTower API (docs/apis/VirtualPrivateCloudSubnetApi.md)."""
    create_virtual_private_cloud_subnet = Op('create_virtual_private_cloud_subnet', 'POST', '/create-virtual-private-cloud-subnet', body=('virtual_private_cloud_subnet_creation_params', 'list[VirtualPrivateCloudSubnetCreationParams]', True), returns='list[WithTaskVirtualPrivateCloudSubnet]')
    create_virtual_private_cloud_subnet_with_http_info = create_virtual_private_cloud_subnet.with_http_info
    delete_virtual_private_cloud_subnet = Op('delete_virtual_private_cloud_subnet', 'POST', '/delete-virtual-private-cloud-subnet', body=('virtual_private_cloud_subnet_deletion_params', 'VirtualPrivateCloudSubnetDeletionParams', True), returns='list[WithTaskDeleteVirtualPrivateCloudSubnet]')
    delete_virtual_private_cloud_subnet_with_http_info = delete_virtual_private_cloud_subnet.with_http_info
    get_virtual_private_cloud_subnets = Op('get_virtual_private_cloud_subnets', 'POST', '/get-virtual-private-cloud-subnets', body=('get_virtual_private_cloud_subnets_request_body', 'GetVirtualPrivateCloudSubnetsRequestBody', True), returns='list[VirtualPrivateCloudSubnet]')
    get_virtual_private_cloud_subnets_with_http_info = get_virtual_private_cloud_subnets.with_http_info
    get_virtual_private_cloud_subnets_connection = Op('get_virtual_private_cloud_subnets_connection', 'POST', '/get-virtual-private-cloud-subnets-connection', body=('get_virtual_private_cloud_subnets_connection_request_body', 'GetVirtualPrivateCloudSubnetsConnectionRequestBody', True), returns='VirtualPrivateCloudSubnetConnection')
    get_virtual_private_cloud_subnets_connection_with_http_info = get_virtual_private_cloud_subnets_connection.with_http_info
    update_virtual_private_cloud_subnet = Op('update_virtual_private_cloud_subnet', 'POST', '/update-virtual-private-cloud-subnet', body=('virtual_private_cloud_subnet_updation_params', 'VirtualPrivateCloudSubnetUpdationParams', True), returns='list[WithTaskVirtualPrivateCloudSubnet]')
    update_virtual_private_cloud_subnet_with_http_info = update_virtual_private_cloud_subnet.with_http_info
