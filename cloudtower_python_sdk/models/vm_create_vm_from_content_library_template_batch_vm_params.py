# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmCreateVmFromContentLibraryTemplateBatchVmParams(Model):
    _declared = """
cloud_init TemplateCloudInit
cluster_id str RS
cpu_cores int S
cpu_sockets int S
description str S
disk_operate VmDiskOperate
firmware VmFirmware S
folder_id str S
gpu_devices list[VmGpuOperationParams]
guest_os_type VmGuestsOperationSystem S
ha bool S
host_id str S
is_full_copy bool RS
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
status VmStatus S
vcpu int S
vm_nics list[VmNicParams]
vm_placement_group VmPlacementGroupWhereInput
"""
