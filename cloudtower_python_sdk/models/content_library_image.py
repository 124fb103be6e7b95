# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ContentLibraryImage(Model):
    """The ContentLibraryImage object of the CloudTower API.

    Fields: see docs/models/ContentLibraryImage.md.
    """
    __slots__ = ()
    clusters = F('clusters', 'list[NestedCluster]', F.NULLABLE)
    created_at = F('createdAt', 'str', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    elf_image_uuids = F('elf_image_uuids', 'list[str]', F.REQUIRED)
    elf_images = F('elf_images', 'list[NestedElfImage]', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    iscsi_luns = F('iscsi_luns', 'list[NestedIscsiLun]', F.NULLABLE)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    path = F('path', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    vm_disks = F('vm_disks', 'list[NestedVmDisk]', F.NULLABLE)
    vm_snapshots = F('vm_snapshots', 'list[NestedVmSnapshot]', F.NULLABLE)
    vm_templates = F('vm_templates', 'list[NestedVmTemplate]', F.NULLABLE)
