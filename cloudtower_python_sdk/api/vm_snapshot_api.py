# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmSnapshotApi(Api):
    """The VmSnapshot operations of the CloudTower API (docs/apis/VmSnapshotApi.md)."""
    create_vm_snapshot = Op('create_vm_snapshot', 'POST', '/create-vm-snapshot', body=('vm_snapshot_creation_params', 'VmSnapshotCreationParams', True), returns='list[WithTaskVmSnapshot]')
    create_vm_snapshot_with_http_info = create_vm_snapshot.with_http_info
    delete_vm_snapshot = Op('delete_vm_snapshot', 'POST', '/delete-vm-snapshot', body=('vm_snapshot_deletion_params', 'VmSnapshotDeletionParams', True), returns='list[WithTaskDeleteVmSnapshot]')
    delete_vm_snapshot_with_http_info = delete_vm_snapshot.with_http_info
    get_vm_snapshots = Op('get_vm_snapshots', 'POST', '/get-vm-snapshots', body=('get_vm_snapshots_request_body', 'GetVmSnapshotsRequestBody', True), returns='list[VmSnapshot]')
    get_vm_snapshots_with_http_info = get_vm_snapshots.with_http_info
    get_vm_snapshots_connection = Op('get_vm_snapshots_connection', 'POST', '/get-vm-snapshots-connection', body=('get_vm_snapshots_connection_request_body', 'GetVmSnapshotsConnectionRequestBody', True), returns='VmSnapshotConnection')
    get_vm_snapshots_connection_with_http_info = get_vm_snapshots_connection.with_http_info
