# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmVolumeSnapshotApi(Api):
    """The VmVolumeSnapshot operations of the CloudTower API (docs/apis/VmVolumeSnapshotApi.md)."""
    create_vm_volume_snapshot = Op('create_vm_volume_snapshot', 'POST', '/create-vm-volume-snapshot', body=('vm_volume_snapshot_creation_params', 'list[VmVolumeSnapshotCreationParams]', True), returns='list[WithTaskVmVolumeSnapshot]')
    create_vm_volume_snapshot_with_http_info = create_vm_volume_snapshot.with_http_info
    delete_vm_volume_snapshot = Op('delete_vm_volume_snapshot', 'POST', '/delete-vm-volume-snapshot', body=('vm_volume_snapshot_deletion_params', 'VmVolumeSnapshotDeletionParams', True), returns='list[WithTaskDeleteVmVolumeSnapshot]')
    delete_vm_volume_snapshot_with_http_info = delete_vm_volume_snapshot.with_http_info
    get_vm_volume_snapshots = Op('get_vm_volume_snapshots', 'POST', '/get-vm-volume-snapshots', body=('get_vm_volume_snapshots_request_body', 'GetVmVolumeSnapshotsRequestBody', True), returns='list[VmVolumeSnapshot]')
    get_vm_volume_snapshots_with_http_info = get_vm_volume_snapshots.with_http_info
    get_vm_volume_snapshots_connection = Op('get_vm_volume_snapshots_connection', 'POST', '/get-vm-volume-snapshots-connection', body=('get_vm_volume_snapshots_connection_request_body', 'GetVmVolumeSnapshotsConnectionRequestBody', True), returns='VmVolumeSnapshotConnection')
    get_vm_volume_snapshots_connection_with_http_info = get_vm_volume_snapshots_connection.with_http_info
