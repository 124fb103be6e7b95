# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MountNewCreateDisksParams(Model):
    """The MountNewCreateDisksParams object of the CloudTower API.

    Fields: see docs/models/MountNewCreateDisksParams.md.
    """
    __slots__ = ()
    boot = F('boot', 'int', F.REQUIRED)
    bus = F('bus', 'Bus', F.REQUIRED)
    index = F('index', 'int')
    key = F('key', 'int')
    max_bandwidth = F('max_bandwidth', 'int')
    max_bandwidth_policy = F('max_bandwidth_policy', 'VmDiskIoRestrictType')
    max_bandwidth_unit = F('max_bandwidth_unit', 'BPSUnit')
    max_iops = F('max_iops', 'int')
    max_iops_policy = F('max_iops_policy', 'VmDiskIoRestrictType')
    vm_volume = F('vm_volume', 'MountNewCreateDisksParamsVmVolume', F.REQUIRED)
