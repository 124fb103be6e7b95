# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmExportFile(Model):
    _declared = """
content_library_vm_template NestedContentLibraryVmTemplate N
createdAt:created_at str RS
damaged bool RS
data_port_id str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
files list[VmExportFileFile] R
id str RS
storage_cluster_id str RS
type VmExportFileType RS
vm NestedVm N
vm_volume NestedVmVolume N
"""
