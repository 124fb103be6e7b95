# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCreationParams(Model):
    _declared = """
cluster_id str RS
cpu_cores int RS
cpu_sockets int RS
description str S
firmware VmFirmware RS
folder_id str S
gpu_devices list[VmGpuOperationParams]
guest_os_type VmGuestsOperationSystem S
ha bool RS
host_id str S
io_policy VmDiskIoPolicy S
max_bandwidth int S
max_bandwidth_policy VmDiskIoRestrictType S
max_bandwidth_unit BPSUnit S
max_iops int S
max_iops_policy VmDiskIoRestrictType S
memory int RS
memory_unit ByteUnit S
name str RS
owner VmOwnerParams
pci_nics NicWhereInput
status VmStatus RS
vcpu int S
vm_disks VmDiskParams R
vm_nics list[VmNicParams] R
vm_placement_group VmPlacementGroupWhereInput
"""
