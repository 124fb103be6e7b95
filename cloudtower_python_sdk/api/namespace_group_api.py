# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class NamespaceGroupApi(Api):
    """The NamespaceGroup operations of the CloudTower API (docs/apis/NamespaceGroupApi.md)."""
    create_namespace_group = Op('create_namespace_group', 'POST', '/create-namespace-group', body=('namespace_group_creation_params', 'list[NamespaceGroupCreationParams]', True), returns='list[WithTaskNamespaceGroup]')
    create_namespace_group_with_http_info = create_namespace_group.with_http_info
    delete_namespace_group = Op('delete_namespace_group', 'POST', '/delete-namespace-group', body=('namespace_group_deletion_params', 'NamespaceGroupDeletionParams', True), returns='list[WithTaskDeleteNamespaceGroup]')
    delete_namespace_group_with_http_info = delete_namespace_group.with_http_info
    get_namespace_groups = Op('get_namespace_groups', 'POST', '/get-namespace-groups', body=('get_namespace_groups_request_body', 'GetNamespaceGroupsRequestBody', True), returns='list[NamespaceGroup]')
    get_namespace_groups_with_http_info = get_namespace_groups.with_http_info
    get_namespace_groups_connection = Op('get_namespace_groups_connection', 'POST', '/get-namespace-groups-connection', body=('get_namespace_groups_connection_request_body', 'GetNamespaceGroupsConnectionRequestBody', True), returns='NamespaceGroupConnection')
    get_namespace_groups_connection_with_http_info = get_namespace_groups_connection.with_http_info
    update_namespace_group = Op('update_namespace_group', 'POST', '/update-namespace-group', body=('namespace_group_updation_params', 'NamespaceGroupUpdationParams', True), returns='list[WithTaskNamespaceGroup]')
    update_namespace_group_with_http_info = update_namespace_group.with_http_info
