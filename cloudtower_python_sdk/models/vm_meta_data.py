# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmMetaData(Model):
    __slots__ = ()
    _declared = """
boot_with_host bool N
clock_offset VmClockOffset N
cluster_architecture Architecture N
cluster_local_id str N
cluster_type ClusterType N
cluster_version str N
cluster_vhost_enabled bool N
cpu_cores int N
cpu_exclusive_expected_enabled bool N
cpu_model str N
cpu_sockets int N
description str N
firmware VmFirmware N
guest_os_type VmGuestsOperationSystem N
ha bool N
ha_priority VmHaPriority N
host_local_id str N
internal bool N
io_policy VmDiskIoPolicy N
local_id str N
max_bandwidth float N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
memory float N
name str N
nested_virtualization bool N
protected bool N
sync_vm_time_on_resume bool N
vcpu int N
video_type VmVideoType N
vm_disks list[VmDiskMetaData] N
vm_nics list[VmNicMetaData] N
vm_tools_status VmToolsStatus N
win_opt bool N
"""
