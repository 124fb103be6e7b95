# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVolume(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
description str N
elf_storage_policy VmVolumeElfStoragePolicyType R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
guest_size_usage float N
guest_used_size int N
id str R
labels list[NestedLabel] N
local_created_at str R
local_id str R
lun NestedIscsiLun N
mounting bool R
name str R
path str R
sharing bool R
size int R
type VmVolumeType N
unique_logical_size float N
unique_size int N
used_size int N
used_size_usage float N
vm_disks list[NestedVmDisk] N
"""
