# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudExternalSubnetGroupApi(Api):
    """The VirtualPrivateCloudExternalSubnetGroup operations of the CloudTower API (docs/apis/VirtualPrivateCloudExternalSubnetGroupApi.md)."""
    get_virtual_private_cloud_external_subnet_groups = Op('get_virtual_private_cloud_external_subnet_groups', 'POST', '/get-virtual-private-cloud-external-subnet-groups', body=('get_virtual_private_cloud_external_subnet_groups_request_body', 'GetVirtualPrivateCloudExternalSubnetGroupsRequestBody', True), returns='list[VirtualPrivateCloudExternalSubnetGroup]')
    get_virtual_private_cloud_external_subnet_groups_with_http_info = get_virtual_private_cloud_external_subnet_groups.with_http_info
    get_virtual_private_cloud_external_subnet_groups_connection = Op('get_virtual_private_cloud_external_subnet_groups_connection', 'POST', '/get-virtual-private-cloud-external-subnet-groups-connection', body=('get_virtual_private_cloud_external_subnet_groups_connection_request_body', 'GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBody', True), returns='VirtualPrivateCloudExternalSubnetGroupConnection')
    get_virtual_private_cloud_external_subnet_groups_connection_with_http_info = get_virtual_private_cloud_external_subnet_groups_connection.with_http_info
