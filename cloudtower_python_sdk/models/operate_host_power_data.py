# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class OperateHostPowerData(Model):
    """The OperateHostPowerData object of the CloudTower API.

    Fields: see docs/models/OperateHostPowerData.md.
    """
    __slots__ = ()
    action = F('action', 'OperateActionEnum', F.REQUIRED)
    force = F('force', 'bool', F.REQUIRED)
    reason = F('reason', 'str')
