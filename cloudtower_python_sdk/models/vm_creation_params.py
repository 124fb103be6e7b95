# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCreationParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
cpu_cores int R
cpu_sockets int R
description str
firmware VmFirmware R
folder_id str
gpu_devices list[VmGpuOperationParams]
guest_os_type VmGuestsOperationSystem
ha bool R
host_id str
io_policy VmDiskIoPolicy
max_bandwidth int
max_bandwidth_policy VmDiskIoRestrictType
max_bandwidth_unit BPSUnit
max_iops int
max_iops_policy VmDiskIoRestrictType
memory int R
memory_unit ByteUnit
name str R
owner VmOwnerParams
pci_nics NicWhereInput
status VmStatus R
vcpu int
vm_disks VmDiskParams R
vm_nics list[VmNicParams] R
vm_placement_group VmPlacementGroupWhereInput
"""
