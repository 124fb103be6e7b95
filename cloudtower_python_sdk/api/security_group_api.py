# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SecurityGroupApi(Api):
    """The SecurityGroup operations of the CloudTower API (docs/apis/SecurityGroupApi.md)."""
    create_security_group = Op('create_security_group', 'POST', '/create-security-group', body=('security_group_create_params', 'SecurityGroupCreateParams', True), returns='WithTaskSecurityGroup')
    create_security_group_with_http_info = create_security_group.with_http_info
    delete_security_group = Op('delete_security_group', 'POST', '/delete-security-group', body=('security_group_delete_params', 'SecurityGroupDeleteParams', True), returns='list[WithTaskDeleteSecurityGroup]')
    delete_security_group_with_http_info = delete_security_group.with_http_info
    get_security_groups = Op('get_security_groups', 'POST', '/get-security-groups', body=('get_security_groups_request_body', 'GetSecurityGroupsRequestBody', True), returns='list[SecurityGroup]')
    get_security_groups_with_http_info = get_security_groups.with_http_info
    get_security_groups_connection = Op('get_security_groups_connection', 'POST', '/get-security-groups-connection', body=('get_security_groups_connection_request_body', 'GetSecurityGroupsConnectionRequestBody', True), returns='SecurityGroupConnection')
    get_security_groups_connection_with_http_info = get_security_groups_connection.with_http_info
    update_security_group = Op('update_security_group', 'POST', '/update-security-group', body=('security_group_update_body', 'SecurityGroupUpdateBody', True), returns='list[WithTaskSecurityGroup]')
    update_security_group_with_http_info = update_security_group.with_http_info
