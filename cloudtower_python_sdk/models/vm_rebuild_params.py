# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmRebuildParams(Model):
    _declared = """
cluster_id str S
cpu_cores int S
cpu_sockets int S
description str S
firmware VmFirmware S
folder_id str S
gpu_devices list[VmGpuOperationParams]
guest_os_type VmGuestsOperationSystem S
ha bool S
host_id str S
io_policy VmDiskIoPolicy S
is_full_copy bool S
max_bandwidth int S
max_bandwidth_policy VmDiskIoRestrictType S
max_bandwidth_unit BPSUnit S
max_iops int S
max_iops_policy VmDiskIoRestrictType S
memory int S
memory_unit ByteUnit S
name str RS
owner VmOwnerParams
pci_nics NicWhereInput
rebuild_from_snapshot_id str RS
status VmStatus S
vcpu int S
vm_disks VmDiskParams
vm_nics list[VmNicParams]
vm_placement_group VmPlacementGroupWhereInput
"""
