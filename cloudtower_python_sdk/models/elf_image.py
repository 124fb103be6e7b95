# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ElfImage(Model):
    """The ElfImage object of the CloudTower API.

    Fields: see docs/models/ElfImage.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    content_library_image = F('content_library_image', 'NestedContentLibraryImage', F.NULLABLE)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    path = F('path', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    vm_disks = F('vm_disks', 'list[NestedVmDisk]', F.NULLABLE)
    vm_snapshots = F('vm_snapshots', 'list[NestedVmSnapshot]', F.NULLABLE)
    vm_templates = F('vm_templates', 'list[NestedVmTemplate]', F.NULLABLE)
