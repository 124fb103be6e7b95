# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ConsistencyGroupApi(Api):
    """The ConsistencyGroup operations of the CloudTower API (docs/apis/ConsistencyGroupApi.md)."""
    create_consistency_group = Op('create_consistency_group', 'POST', '/create-consistency-group', body=('consistency_group_creation_params', 'list[ConsistencyGroupCreationParams]', True), returns='list[WithTaskConsistencyGroup]')
    create_consistency_group_with_http_info = create_consistency_group.with_http_info
    delete_consistency_group = Op('delete_consistency_group', 'POST', '/delete-consistency-group', body=('consistency_group_deletion_params', 'ConsistencyGroupDeletionParams', True), returns='list[WithTaskDeleteConsistencyGroup]')
    delete_consistency_group_with_http_info = delete_consistency_group.with_http_info
    get_consistency_groups = Op('get_consistency_groups', 'POST', '/get-consistency-groups', body=('get_consistency_groups_request_body', 'GetConsistencyGroupsRequestBody', True), returns='list[ConsistencyGroup]')
    get_consistency_groups_with_http_info = get_consistency_groups.with_http_info
    get_consistency_groups_connection = Op('get_consistency_groups_connection', 'POST', '/get-consistency-groups-connection', body=('get_consistency_groups_connection_request_body', 'GetConsistencyGroupsConnectionRequestBody', True), returns='ConsistencyGroupConnection')
    get_consistency_groups_connection_with_http_info = get_consistency_groups_connection.with_http_info
    update_consistency_group = Op('update_consistency_group', 'POST', '/update-consistency-group', body=('consistency_group_updation_params', 'ConsistencyGroupUpdationParams', True), returns='list[WithTaskConsistencyGroup]')
    update_consistency_group_with_http_info = update_consistency_group.with_http_info
