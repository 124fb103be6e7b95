# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVolumeSnapshot(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
createAt:create_at str N
description str R
elf_storage_policy VmVolumeElfStoragePolicyType R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
labels list[NestedLabel] N
local_created_at str R
local_id str R
name str R
shared_size float N
size float N
type VmVolumeSnapshotType R
unique_size float N
vm_volume NestedVmVolume N
volume_sharing bool N
volume_size float N
zbs_snapshot_uuid str N
"""
