# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GpuDeviceUsage(Enum):
    """Values of GpuDeviceUsage in the CloudTower API."""
    PASS_THROUGH = 'PASS_THROUGH'
    VGPU = 'VGPU'
    allowable_values = ['PASS_THROUGH', 'VGPU']
