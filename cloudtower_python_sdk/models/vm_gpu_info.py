# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmGpuInfo(Model):
    _declared = """
gpu_devices list[VmGpuDetail] R
id str RS
local_id str RS
name str RS
"""
