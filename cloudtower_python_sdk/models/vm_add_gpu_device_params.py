# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmAddGpuDeviceParams(Model):
    _declared = """
data list[VmGpuOperationParams]{1,} R
where VmWhereInput R
"""
