# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class UserApi(Api):
    """The User operations of the CloudTower API (docs/apis/UserApi.md)."""
    create_root_user = Op('create_root_user', 'POST', '/create-root-user', body=('root_user_creation_params', 'RootUserCreationParams', True), returns='WithTaskUser')
    create_root_user_with_http_info = create_root_user.with_http_info
    create_user = Op('create_user', 'POST', '/create-user', body=('user_creation_params', 'list[UserCreationParams]', True), returns='list[WithTaskUser]')
    create_user_with_http_info = create_user.with_http_info
    delete_user = Op('delete_user', 'POST', '/delete-user', body=('user_deletion_params', 'UserDeletionParams', True), returns='list[WithTaskDeleteUser]')
    delete_user_with_http_info = delete_user.with_http_info
    get_my_info = Op('get_my_info', 'POST', '/get-my-info', returns='User')
    get_my_info_with_http_info = get_my_info.with_http_info
    get_users = Op('get_users', 'POST', '/get-users', body=('get_users_request_body', 'GetUsersRequestBody', True), returns='list[User]')
    get_users_with_http_info = get_users.with_http_info
    get_users_connection = Op('get_users_connection', 'POST', '/get-users-connection', body=('get_users_connection_request_body', 'GetUsersConnectionRequestBody', True), returns='UserConnection')
    get_users_connection_with_http_info = get_users_connection.with_http_info
    login = Op('login', 'POST', '/login', body=('login_input', 'LoginInput', True), returns='WithTaskLoginResponse')
    login_with_http_info = login.with_http_info
    update_user = Op('update_user', 'POST', '/update-user', body=('user_updation_params', 'UserUpdationParams', True), returns='list[WithTaskUser]')
    update_user_with_http_info = update_user.with_http_info
