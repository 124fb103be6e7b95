# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmVolume(Model):
    _declared = """
cluster NestedCluster R
description str NS
elf_storage_policy VmVolumeElfStoragePolicyType RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
guest_size_usage float NS
guest_used_size int NS
id str RS
labels list[NestedLabel] N
local_created_at str RS
local_id str RS
lun NestedIscsiLun N
mounting bool RS
name str RS
path str RS
sharing bool RS
size int RS
type VmVolumeType NS
unique_logical_size float NS
unique_size int NS
used_size int NS
used_size_usage float NS
vm_disks list[NestedVmDisk] N
"""
