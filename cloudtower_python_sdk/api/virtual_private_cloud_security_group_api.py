# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VirtualPrivateCloudSecurityGroupApi(Api):
    """The VirtualPrivateCloudSecurityGroup operations of the CloudTower API (docs/apis/VirtualPrivateCloudSecurityGroupApi.md)."""
    create_virtual_private_cloud_security_group = Op('create_virtual_private_cloud_security_group', 'POST', '/create-virtual-private-cloud-security-group', body=('virtual_private_cloud_security_group_creation_params', 'list[VirtualPrivateCloudSecurityGroupCreationParams]', True), returns='list[WithTaskVirtualPrivateCloudSecurityGroup]')
    create_virtual_private_cloud_security_group_with_http_info = create_virtual_private_cloud_security_group.with_http_info
    delete_virtual_private_cloud_security_group = Op('delete_virtual_private_cloud_security_group', 'POST', '/delete-virtual-private-cloud-security-group', body=('virtual_private_cloud_security_group_deletion_params', 'VirtualPrivateCloudSecurityGroupDeletionParams', True), returns='list[WithTaskDeleteVirtualPrivateCloudSecurityGroup]')
    delete_virtual_private_cloud_security_group_with_http_info = delete_virtual_private_cloud_security_group.with_http_info
    get_virtual_private_cloud_security_groups = Op('get_virtual_private_cloud_security_groups', 'POST', '/get-virtual-private-cloud-security-groups', body=('get_virtual_private_cloud_security_groups_request_body', 'GetVirtualPrivateCloudSecurityGroupsRequestBody', True), returns='list[VirtualPrivateCloudSecurityGroup]')
    get_virtual_private_cloud_security_groups_with_http_info = get_virtual_private_cloud_security_groups.with_http_info
    get_virtual_private_cloud_security_groups_connection = Op('get_virtual_private_cloud_security_groups_connection', 'POST', '/get-virtual-private-cloud-security-groups-connection', body=('get_virtual_private_cloud_security_groups_connection_request_body', 'GetVirtualPrivateCloudSecurityGroupsConnectionRequestBody', True), returns='VirtualPrivateCloudSecurityGroupConnection')
    get_virtual_private_cloud_security_groups_connection_with_http_info = get_virtual_private_cloud_security_groups_connection.with_http_info
    update_virtual_private_cloud_security_group = Op('update_virtual_private_cloud_security_group', 'POST', '/update-virtual-private-cloud-security-group', body=('virtual_private_cloud_security_group_updation_params', 'VirtualPrivateCloudSecurityGroupUpdationParams', True), returns='list[WithTaskVirtualPrivateCloudSecurityGroup]')
    update_virtual_private_cloud_security_group_with_http_info = update_virtual_private_cloud_security_group.with_http_info
