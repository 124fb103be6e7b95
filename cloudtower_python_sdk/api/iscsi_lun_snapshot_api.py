# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class IscsiLunSnapshotApi(Api):
    """The IscsiLunSnapshot operations of the CloudTower API (docs/apis/IscsiLunSnapshotApi.md)."""
    create_iscsi_lun_snapshot = Op('create_iscsi_lun_snapshot', 'POST', '/create-iscsi-lun-snapshot', body=('iscsi_lun_snapshot_creation_params', 'list[IscsiLunSnapshotCreationParams]', True), returns='list[WithTaskIscsiLunSnapshot]')
    create_iscsi_lun_snapshot_with_http_info = create_iscsi_lun_snapshot.with_http_info
    delete_iscsi_lun_snapshot = Op('delete_iscsi_lun_snapshot', 'POST', '/delete-iscsi-lun-snapshot', body=('iscsi_lun_snapshot_deletion_params', 'IscsiLunSnapshotDeletionParams', True), returns='list[WithTaskDeleteIscsiLunSnapshot]')
    delete_iscsi_lun_snapshot_with_http_info = delete_iscsi_lun_snapshot.with_http_info
    get_iscsi_lun_snapshots = Op('get_iscsi_lun_snapshots', 'POST', '/get-iscsi-lun-snapshots', body=('get_iscsi_lun_snapshots_request_body', 'GetIscsiLunSnapshotsRequestBody', True), returns='list[IscsiLunSnapshot]')
    get_iscsi_lun_snapshots_with_http_info = get_iscsi_lun_snapshots.with_http_info
    get_iscsi_lun_snapshots_connection = Op('get_iscsi_lun_snapshots_connection', 'POST', '/get-iscsi-lun-snapshots-connection', body=('get_iscsi_lun_snapshots_connection_request_body', 'GetIscsiLunSnapshotsConnectionRequestBody', True), returns='IscsiLunSnapshotConnection')
    get_iscsi_lun_snapshots_connection_with_http_info = get_iscsi_lun_snapshots_connection.with_http_info
