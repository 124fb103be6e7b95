# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmGpuInfo(Model):
    """The VmGpuInfo object of the CloudTower API.

    Fields: see docs/models/VmGpuInfo.md.
    """
    __slots__ = ()
    gpu_devices = F('gpu_devices', 'list[VmGpuDetail]', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
