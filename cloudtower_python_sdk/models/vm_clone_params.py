# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmCloneParams(Model):
    """The VmCloneParams object of the CloudTower API.

    Fields: see docs/models/VmCloneParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str')
    cpu_cores = F('cpu_cores', 'int')
    cpu_sockets = F('cpu_sockets', 'int')
    description = F('description', 'str')
    firmware = F('firmware', 'VmFirmware')
    folder_id = F('folder_id', 'str')
    gpu_devices = F('gpu_devices', 'list[VmGpuOperationParams]')
    guest_os_type = F('guest_os_type', 'VmGuestsOperationSystem')
    ha = F('ha', 'bool')
    host_id = F('host_id', 'str')
    io_policy = F('io_policy', 'VmDiskIoPolicy')
    is_full_copy = F('is_full_copy', 'bool')
    max_bandwidth = F('max_bandwidth', 'int')
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType')
    max_bandwidth_unit = F('max_bandwidth_unit', 'BPSUnit')
    max_iops = F('max_iops', 'int')
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType')
    memory = F('memory', 'int')
    memory_unit = F('memory_unit', 'ByteUnit')
    name = F('name', 'str', F.REQUIRED)
    owner = F('owner', 'VmOwnerParams')
    pci_nics = F('pci_nics', 'NicWhereInput')
    src_vm_id = F('src_vm_id', 'str', F.REQUIRED)
    status = F('status', 'VmStatus')
    vcpu = F('vcpu', 'int')
    vm_disks = F('vm_disks', 'VmDiskParams')
    vm_nics = F('vm_nics', 'list[VmNicParams]')
    vm_placement_group = F('vm_placement_group', 'VmPlacementGroupWhereInput')
