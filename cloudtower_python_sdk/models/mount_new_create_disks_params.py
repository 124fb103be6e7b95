# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MountNewCreateDisksParams(Model):
    __slots__ = ()
    _declared = """
boot int R
bus Bus R
index int
key int
max_bandwidth int
max_bandwidth_policy VmDiskIoRestrictType
max_bandwidth_unit BPSUnit
max_iops int
max_iops_policy VmDiskIoRestrictType
vm_volume MountNewCreateDisksParamsVmVolume R
"""
