# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVolumeSnapshot(Model):
    _declared = """
cluster NestedCluster R
createAt:create_at str NS
description str RS
elf_storage_policy VmVolumeElfStoragePolicyType RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
labels list[NestedLabel] N
local_created_at str RS
local_id str RS
name str RS
shared_size float NS
size float NS
type VmVolumeSnapshotType RS
unique_size float NS
vm_volume NestedVmVolume N
volume_sharing bool NS
volume_size float NS
zbs_snapshot_uuid str NS
"""
