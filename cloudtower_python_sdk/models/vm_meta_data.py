# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmMetaData(Model):
    _declared = """
boot_with_host bool NS
clock_offset VmClockOffset NS
cluster_architecture Architecture NS
cluster_local_id str NS
cluster_type ClusterType NS
cluster_version str NS
cluster_vhost_enabled bool NS
cpu_cores int NS
cpu_exclusive_expected_enabled bool NS
cpu_model str NS
cpu_sockets int NS
description str NS
firmware VmFirmware NS
guest_os_type VmGuestsOperationSystem NS
ha bool NS
ha_priority VmHaPriority NS
host_local_id str NS
internal bool NS
io_policy VmDiskIoPolicy NS
local_id str NS
max_bandwidth float NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
memory float NS
name str NS
nested_virtualization bool NS
protected bool NS
sync_vm_time_on_resume bool NS
vcpu int NS
video_type VmVideoType NS
vm_disks list[VmDiskMetaData] N
vm_nics list[VmNicMetaData] N
vm_tools_status VmToolsStatus NS
win_opt bool NS
"""
