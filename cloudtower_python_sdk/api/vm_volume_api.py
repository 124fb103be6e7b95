# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class VmVolumeApi(Api):
    """The VmVolume operations of the CloudTower API (docs/apis/VmVolumeApi.md)."""
    clone_vm_volume = Op('clone_vm_volume', 'POST', '/clone-vm-volume', body=('clone_vm_volume_params', 'list[CloneVmVolumeParams]', True), returns='list[WithTaskVmVolume]')
    clone_vm_volume_with_http_info = clone_vm_volume.with_http_info
    create_vm_volume = Op('create_vm_volume', 'POST', '/create-vm-volume', body=('vm_volume_creation_params', 'list[VmVolumeCreationParams]', True), returns='list[WithTaskVmVolume]')
    create_vm_volume_with_http_info = create_vm_volume.with_http_info
    delete_vm_volume_from_vm = Op('delete_vm_volume_from_vm', 'POST', '/delete-vm-volume', body=('vm_volume_deletion_params', 'VmVolumeDeletionParams', True), returns='list[WithTaskDeleteVmVolume]')
    delete_vm_volume_from_vm_with_http_info = delete_vm_volume_from_vm.with_http_info
    export_vm_volume = Op('export_vm_volume', 'POST', '/export-vm-volume', body=('export_vm_volume_params', 'ExportVmVolumeParams', True), returns='list[WithTaskVmExportFile]')
    export_vm_volume_with_http_info = export_vm_volume.with_http_info
    get_vm_volumes = Op('get_vm_volumes', 'POST', '/get-vm-volumes', body=('get_vm_volumes_request_body', 'GetVmVolumesRequestBody', True), returns='list[VmVolume]')
    get_vm_volumes_with_http_info = get_vm_volumes.with_http_info
    get_vm_volumes_connection = Op('get_vm_volumes_connection', 'POST', '/get-vm-volumes-connection', body=('get_vm_volumes_connection_request_body', 'GetVmVolumesConnectionRequestBody', True), returns='VmVolumeConnection')
    get_vm_volumes_connection_with_http_info = get_vm_volumes_connection.with_http_info
    import_vm_volume = Op('import_vm_volume', 'POST', '/import-vm-volume', body=('import_vm_volume_params', 'list[ImportVmVolumeParams]', True), returns='list[WithTaskVmVolume]')
    import_vm_volume_with_http_info = import_vm_volume.with_http_info
    rebuild_vm_volume = Op('rebuild_vm_volume', 'POST', '/rebuild-vm-volume', body=('vm_volume_rebuild_params', 'list[VmVolumeRebuildParams]', True), returns='list[WithTaskVmVolume]')
    rebuild_vm_volume_with_http_info = rebuild_vm_volume.with_http_info
    rollback_vm_volume = Op('rollback_vm_volume', 'POST', '/rollback-vm-volume', body=('vm_volume_rollback_params', 'list[VmVolumeRollbackParams]', True), returns='list[WithTaskVmVolume]')
    rollback_vm_volume_with_http_info = rollback_vm_volume.with_http_info
    update_vm_volume = Op('update_vm_volume', 'POST', '/update-vm-volume', body=('update_vm_volume_params', 'UpdateVmVolumeParams', True), returns='list[WithTaskVmVolume]')
    update_vm_volume_with_http_info = update_vm_volume.with_http_info
