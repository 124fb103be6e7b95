# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCloneParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str
cpu_cores int
cpu_sockets int
description str
firmware VmFirmware
folder_id str
gpu_devices list[VmGpuOperationParams]
guest_os_type VmGuestsOperationSystem
ha bool
host_id str
io_policy VmDiskIoPolicy
is_full_copy bool
max_bandwidth int
max_bandwidth_policy VmDiskIoRestrictType
max_bandwidth_unit BPSUnit
max_iops int
max_iops_policy VmDiskIoRestrictType
memory int
memory_unit ByteUnit
name str R
owner VmOwnerParams
pci_nics NicWhereInput
src_vm_id str R
status VmStatus
vcpu int
vm_disks VmDiskParams
vm_nics list[VmNicParams]
vm_placement_group VmPlacementGroupWhereInput
"""
