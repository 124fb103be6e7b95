# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudExternalSubnetApi(Api):
    """The VirtualPrivateCloudExternalSubnet operations of the CloudTower API (docs/apis/VirtualPrivateCloudExternalSubnetApi.md)."""
    get_virtual_private_cloud_external_subnets = Op('get_virtual_private_cloud_external_subnets', 'POST', '/get-virtual-private-cloud-external-subnets', body=('get_virtual_private_cloud_external_subnets_request_body', 'GetVirtualPrivateCloudExternalSubnetsRequestBody', True), returns='list[VirtualPrivateCloudExternalSubnet]')
    get_virtual_private_cloud_external_subnets_with_http_info = get_virtual_private_cloud_external_subnets.with_http_info
    get_virtual_private_cloud_external_subnets_connection = Op('get_virtual_private_cloud_external_subnets_connection', 'POST', '/get-virtual-private-cloud-external-subnets-connection', body=('get_virtual_private_cloud_external_subnets_connection_request_body', 'GetVirtualPrivateCloudExternalSubnetsConnectionRequestBody', True), returns='VirtualPrivateCloudExternalSubnetConnection')
    get_virtual_private_cloud_external_subnets_connection_with_http_info = get_virtual_private_cloud_external_subnets_connection.with_http_info
