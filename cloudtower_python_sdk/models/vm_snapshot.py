# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmSnapshot(Model):
    __slots__ = ()
    _declared = """
clock_offset VmClockOffset R
cluster NestedCluster R
consistent_type ConsistentType R
cpu NestedCpu R
cpu_model str R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
firmware VmFirmware R
ha bool R
id str R
io_policy VmDiskIoPolicy N
labels list[NestedLabel] N
local_created_at str N
local_id str R
max_bandwidth int N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
memory int R
name str R
size int R
snapshot_group NestedSnapshotGroup N
vcpu int R
vm NestedVm N
vm_disks list[NestedFrozenDisks] N
vm_nics list[NestedFrozenNic] N
win_opt bool R
"""
