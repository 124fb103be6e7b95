# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmExportFile(Model):
    __slots__ = ()
    _declared = """
content_library_vm_template NestedContentLibraryVmTemplate N
createdAt:created_at str R
damaged bool R
data_port_id str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
files list[VmExportFileFile] R
id str R
storage_cluster_id str R
type VmExportFileType R
vm NestedVm N
vm_volume NestedVmVolume N
"""
