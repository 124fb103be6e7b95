# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmSnapshot(Model):
    _declared = """
clock_offset VmClockOffset RS
cluster NestedCluster R
consistent_type ConsistentType RS
cpu NestedCpu R
cpu_model str RS
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
firmware VmFirmware RS
ha bool RS
id str RS
io_policy VmDiskIoPolicy NS
labels list[NestedLabel] N
local_created_at str NS
local_id str RS
max_bandwidth int NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
memory int RS
name str RS
size int RS
snapshot_group NestedSnapshotGroup N
vcpu int RS
vm NestedVm N
vm_disks list[NestedFrozenDisks] N
vm_nics list[NestedFrozenNic] N
win_opt bool RS
"""
