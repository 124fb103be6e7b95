# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GpuVmDetail(Model):
    __slots__ = ()
    _declared = """
clock_offset VmClockOffset R
cloud_init_supported bool N
cluster NestedCluster N
cpu NestedCpu R
cpu_model str R
cpu_usage float N
deleted_at str N
description str R
dns_servers str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entity_filter_results list[NestedVmEntityFilterResult] N
firmware VmFirmware R
folder NestedVmFolder N
gpu_devices list[NestedGpuDevice] N
guest_cpu_model str N
guest_os_type VmGuestsOperationSystem N
guest_size_usage float N
guest_used_size int N
ha bool R
host NestedHost N
hostname str N
id str R
in_recycle_bin bool R
internal bool R
io_policy VmDiskIoPolicy N
ips str R
isolation_policy NestedIsolationPolicy N
kernel_info str N
labels list[NestedLabel] N
last_shutdown_time str N
local_created_at str N
local_id str R
logical_size_bytes int N
max_bandwidth int N
max_bandwidth_policy VmDiskIoRestrictType N
max_iops int N
max_iops_policy VmDiskIoRestrictType N
memory int R
memory_usage float N
name str R
nested_virtualization bool R
node_ip str R
original_name str N
os str N
out_uninstall_usb list[str] R
pci_nics list[NestedNic] N
protected bool R
provisioned_size int N
size int N
snapshot_plan NestedSnapshotPlan N
snapshots list[NestedVmSnapshot] N
status VmStatus R
unique_size int N
usb_devices list[NestedUsbDevice] N
vcpu int R
vgpu_instance_on_vm_num int
video_type VmVideoType N
vm_disks list[NestedVmDisk] N
vm_nics list[NestedVmNic] N
vm_placement_group list[NestedVmPlacementGroup] N
vm_tools_status VmToolsStatus R
vm_tools_version str N
vm_usage VmUsage N
win_opt bool R
"""
