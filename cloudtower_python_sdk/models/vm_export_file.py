# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmExportFile(Model):
    """The VmExportFile object of the CloudTower API.

    Fields: see docs/models/VmExportFile.md.
    """
    __slots__ = ()
    content_library_vm_template = F('content_library_vm_template', 'NestedContentLibraryVmTemplate', F.NULLABLE)
    created_at = F('createdAt', 'str', F.REQUIRED)
    damaged = F('damaged', 'bool', F.REQUIRED)
    data_port_id = F('data_port_id', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    files = F('files', 'list[VmExportFileFile]', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    storage_cluster_id = F('storage_cluster_id', 'str', F.REQUIRED)
    type = F('type', 'VmExportFileType', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.NULLABLE)
    vm_volume = F('vm_volume', 'NestedVmVolume', F.NULLABLE)
