# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmVolumeSnapshot(Model):
    """The VmVolumeSnapshot object of the CloudTower API.

    Fields: see docs/models/VmVolumeSnapshot.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    create_at = F('createAt', 'str', F.NULLABLE)
    description = F('description', 'str', F.REQUIRED)
    elf_storage_policy = F('elf_storage_policy', 'VmVolumeElfStoragePolicyType', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    shared_size = F('shared_size', 'float', F.NULLABLE)
    size = F('size', 'float', F.NULLABLE)
    type = F('type', 'VmVolumeSnapshotType', F.REQUIRED)
    unique_size = F('unique_size', 'float', F.NULLABLE)
    vm_volume = F('vm_volume', 'NestedVmVolume', F.NULLABLE)
    volume_sharing = F('volume_sharing', 'bool', F.NULLABLE)
    volume_size = F('volume_size', 'float', F.NULLABLE)
    zbs_snapshot_uuid = F('zbs_snapshot_uuid', 'str', F.NULLABLE)
