# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmTemplate(Model):
    __slots__ = ()
    _declared = """
clock_offset VmClockOffset R
cloud_init_supported bool R
cluster NestedCluster R
content_library_vm_template NestedContentLibraryVmTemplate N
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
vcpu int R
video_type str N
vm_disks list[NestedFrozenDisks] N
vm_nics list[NestedTemplateNic] N
win_opt bool R
"""
