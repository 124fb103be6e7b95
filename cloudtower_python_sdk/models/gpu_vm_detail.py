# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GpuVmDetail(Model):
    _declared = """
clock_offset VmClockOffset RS
cloud_init_supported bool NS
cluster NestedCluster N
cpu NestedCpu R
cpu_model str RS
cpu_usage float NS
deleted_at str NS
description str RS
dns_servers str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entity_filter_results list[NestedVmEntityFilterResult] N
firmware VmFirmware RS
folder NestedVmFolder N
gpu_devices list[NestedGpuDevice] N
guest_cpu_model str NS
guest_os_type VmGuestsOperationSystem NS
guest_size_usage float NS
guest_used_size int NS
ha bool RS
host NestedHost N
hostname str NS
id str RS
in_recycle_bin bool RS
internal bool RS
io_policy VmDiskIoPolicy NS
ips str RS
isolation_policy NestedIsolationPolicy N
kernel_info str NS
labels list[NestedLabel] N
last_shutdown_time str NS
local_created_at str NS
local_id str RS
logical_size_bytes int NS
max_bandwidth int NS
max_bandwidth_policy VmDiskIoRestrictType NS
max_iops int NS
max_iops_policy VmDiskIoRestrictType NS
memory int RS
memory_usage float NS
name str RS
nested_virtualization bool RS
node_ip str RS
original_name str NS
os str NS
out_uninstall_usb list[str] RS
pci_nics list[NestedNic] N
protected bool RS
provisioned_size int NS
size int NS
snapshot_plan NestedSnapshotPlan N
snapshots list[NestedVmSnapshot] N
status VmStatus RS
unique_size int NS
usb_devices list[NestedUsbDevice] N
vcpu int RS
vgpu_instance_on_vm_num int S
video_type VmVideoType NS
vm_disks list[NestedVmDisk] N
vm_nics list[NestedVmNic] N
vm_placement_group list[NestedVmPlacementGroup] N
vm_tools_status VmToolsStatus RS
vm_tools_version str NS
vm_usage VmUsage NS
win_opt bool RS
"""
