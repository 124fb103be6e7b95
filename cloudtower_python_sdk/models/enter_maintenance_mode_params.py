# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class EnterMaintenanceModeParams(Model):
    """The EnterMaintenanceModeParams object of the CloudTower API.

    Fields: see docs/models/EnterMaintenanceModeParams.md.
    """
    __slots__ = ()
    data = F('data', 'EnterMaintenanceModeInput', F.REQUIRED)
    where = F('where', 'VmStartParamsData', F.REQUIRED)
