# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GpuDeviceUsageUpdationParamsData(Model):
    """The GpuDeviceUsageUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/GpuDeviceUsageUpdationParamsData.md.
    """
    __slots__ = ()
    usage = F('usage', 'GpuDeviceUsage')
    vgpu_spec = F('vgpu_spec', 'str')
