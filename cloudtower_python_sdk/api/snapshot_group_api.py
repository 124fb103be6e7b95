# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SnapshotGroupApi(Api):
    """The SnapshotGroup operations of the CloudTower API (docs/apis/SnapshotGroupApi.md)."""
    clone_snapshot_group = Op('clone_snapshot_group', 'POST', '/clone-snapshot-group', body=('snapshot_group_clone_params', 'list[SnapshotGroupCloneParams]', True), returns='list[WithTaskSnapshotGroup]')
    clone_snapshot_group_with_http_info = clone_snapshot_group.with_http_info
    delete_snapshot_group = Op('delete_snapshot_group', 'POST', '/delete-snapshot-group', body=('snapshot_group_deletion_params', 'SnapshotGroupDeletionParams', True), returns='list[WithTaskDeleteSnapshotGroup]')
    delete_snapshot_group_with_http_info = delete_snapshot_group.with_http_info
    get_snapshot_groups = Op('get_snapshot_groups', 'POST', '/get-snapshot-groups', body=('get_snapshot_groups_request_body', 'GetSnapshotGroupsRequestBody', True), returns='list[SnapshotGroup]')
    get_snapshot_groups_with_http_info = get_snapshot_groups.with_http_info
    get_snapshot_groups_connection = Op('get_snapshot_groups_connection', 'POST', '/get-snapshot-groups-connection', body=('get_snapshot_groups_connection_request_body', 'GetSnapshotGroupsConnectionRequestBody', True), returns='SnapshotGroupConnection')
    get_snapshot_groups_connection_with_http_info = get_snapshot_groups_connection.with_http_info
    keep_snapshot_group = Op('keep_snapshot_group', 'POST', '/keep-snapshot-group', body=('snapshot_group_keep_params', 'SnapshotGroupKeepParams', True), returns='list[WithTaskSnapshotGroup]')
    keep_snapshot_group_with_http_info = keep_snapshot_group.with_http_info
    rollback_snapshot_group = Op('rollback_snapshot_group', 'POST', '/rollback-snapshot-group', body=('snapshot_group_rollback_params', 'SnapshotGroupRollbackParams', True), returns='list[WithTaskSnapshotGroup]')
    rollback_snapshot_group_with_http_info = rollback_snapshot_group.with_http_info
