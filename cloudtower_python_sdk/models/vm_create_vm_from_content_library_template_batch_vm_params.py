# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCreateVmFromContentLibraryTemplateBatchVmParams(Model):
    __slots__ = ()
    _declared = """
cloud_init TemplateCloudInit
cluster_id str R
cpu_cores int
cpu_sockets int
description str
disk_operate VmDiskOperate
firmware VmFirmware
folder_id str
gpu_devices list[VmGpuOperationParams]
guest_os_type VmGuestsOperationSystem
ha bool
host_id str
is_full_copy bool R
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
status VmStatus
vcpu int
vm_nics list[VmNicParams]
vm_placement_group VmPlacementGroupWhereInput
"""
