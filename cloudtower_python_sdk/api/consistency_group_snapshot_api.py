# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class ConsistencyGroupSnapshotApi(Api):
    """The ConsistencyGroupSnapshot operations of the CloudTower API (docs/apis/ConsistencyGroupSnapshotApi.md)."""
    create_consistency_group_snapshot = Op('create_consistency_group_snapshot', 'POST', '/create-consistency-snapshot-group', body=('consistency_group_snapshot_creation_params', 'list[ConsistencyGroupSnapshotCreationParams]', True), returns='list[WithTaskConsistencyGroupSnapshot]')
    create_consistency_group_snapshot_with_http_info = create_consistency_group_snapshot.with_http_info
    delete_consistency_group_snapshot = Op('delete_consistency_group_snapshot', 'POST', '/delete-consistency-snapshot-group', body=('consistency_group_snapshot_deletion_params', 'ConsistencyGroupSnapshotDeletionParams', True), returns='list[WithTaskDeleteConsistencyGroupSnapshot]')
    delete_consistency_group_snapshot_with_http_info = delete_consistency_group_snapshot.with_http_info
    get_consistency_group_snapshots = Op('get_consistency_group_snapshots', 'POST', '/get-consistency-group-snapshots', body=('get_consistency_group_snapshots_request_body', 'GetConsistencyGroupSnapshotsRequestBody', True), returns='list[ConsistencyGroupSnapshot]')
    get_consistency_group_snapshots_with_http_info = get_consistency_group_snapshots.with_http_info
    get_consistency_group_snapshots_connection = Op('get_consistency_group_snapshots_connection', 'POST', '/get-consistency-group-snapshots-connection', body=('get_consistency_group_snapshots_connection_request_body', 'GetConsistencyGroupSnapshotsConnectionRequestBody', True), returns='ConsistencyGroupSnapshotConnection')
    get_consistency_group_snapshots_connection_with_http_info = get_consistency_group_snapshots_connection.with_http_info
    update_consistency_group_snapshot = Op('update_consistency_group_snapshot', 'POST', '/rollback-consistency-snapshot-group', body=('consistency_group_snapshot_updation_params', 'ConsistencyGroupSnapshotUpdationParams', True), returns='list[WithTaskConsistencyGroupSnapshot]')
    update_consistency_group_snapshot_with_http_info = update_consistency_group_snapshot.with_http_info
