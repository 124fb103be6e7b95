# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmGpuOperationParams(Model):
    """The VmGpuOperationParams object of the CloudTower API.

    Fields: see docs/models/VmGpuOperationParams.md.
    """
    __slots__ = ()
    amount = F('amount', 'int')
    gpu_id = F('gpu_id', 'str', F.REQUIRED)
