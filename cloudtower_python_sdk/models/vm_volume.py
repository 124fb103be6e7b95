# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVolume(Model):
    """The VmVolume object of the CloudTower API.

    Fields: see docs/models/VmVolume.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    description = F('description', 'str', F.NULLABLE)
    elf_storage_policy = F('elf_storage_policy', 'VmVolumeElfStoragePolicyType', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    guest_size_usage = F('guest_size_usage', 'float', F.NULLABLE)
    guest_used_size = F('guest_used_size', 'int', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    lun = F('lun', 'NestedIscsiLun', F.NULLABLE)
    mounting = F('mounting', 'bool', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    path = F('path', 'str', F.REQUIRED)
    sharing = F('sharing', 'bool', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    type = F('type', 'VmVolumeType', F.NULLABLE)
    unique_logical_size = F('unique_logical_size', 'float', F.NULLABLE)
    unique_size = F('unique_size', 'int', F.NULLABLE)
    used_size = F('used_size', 'int', F.NULLABLE)
    used_size_usage = F('used_size_usage', 'float', F.NULLABLE)
    vm_disks = F('vm_disks', 'list[NestedVmDisk]', F.NULLABLE)
