# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class UserRoleNextApi(Api):
    """The UserRoleNext operations of the CloudTower API (docs/apis/UserRoleNextApi.md)."""
    create_role = Op('create_role', 'POST', '/create-role', body=('role_creation_params', 'list[RoleCreationParams]', True), returns='list[WithTaskUserRoleNext]')
    create_role_with_http_info = create_role.with_http_info
    delete_role = Op('delete_role', 'POST', '/delete-role', body=('role_deletion_params', 'RoleDeletionParams', True), returns='list[WithTaskDeleteRole]')
    delete_role_with_http_info = delete_role.with_http_info
    get_user_role_nexts = Op('get_user_role_nexts', 'POST', '/get-user-role-nexts', body=('get_user_role_nexts_request_body', 'GetUserRoleNextsRequestBody', True), returns='list[UserRoleNext]')
    get_user_role_nexts_with_http_info = get_user_role_nexts.with_http_info
    get_user_role_nexts_connection = Op('get_user_role_nexts_connection', 'POST', '/get-user-role-nexts-connection', body=('get_user_role_nexts_connection_request_body', 'GetUserRoleNextsConnectionRequestBody', True), returns='UserRoleNextConnection')
    get_user_role_nexts_connection_with_http_info = get_user_role_nexts_connection.with_http_info
    update_role = Op('update_role', 'POST', '/update-role', body=('role_updation_params', 'RoleUpdationParams', True), returns='list[WithTaskUserRoleNext]')
    update_role_with_http_info = update_role.with_http_info
