# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmAddDiskParamsData(Model):
    """The VmAddDiskParamsData object of the CloudTower API.

    Fields: see docs/models/VmAddDiskParamsData.md.
    """
    __slots__ = ()
    io_policy = F('io_policy', 'VmDiskIoPolicy')
    max_bandwidth = F('max_bandwidth', 'int')
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType')
    max_bandwidth_unit = F('max_bandwidth_unit', 'BPSUnit')
    max_iops = F('max_iops', 'int')
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType')
    vm_disks = F('vm_disks', 'VmAddDiskParamsDataVmDisks', F.REQUIRED)
