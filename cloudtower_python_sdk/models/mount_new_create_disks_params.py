# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class MountNewCreateDisksParams(Model):
    _declared = """
boot int RS
bus Bus RS
index int S
key int S
max_bandwidth int S
max_bandwidth_policy VmDiskIoRestrictType S
max_bandwidth_unit BPSUnit S
max_iops int S
max_iops_policy VmDiskIoRestrictType S
vm_volume MountNewCreateDisksParamsVmVolume R
"""
