# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostUpdationParams(Model):
    """The HostUpdationParams object of the CloudTower API.

    Fields: see docs/models/HostUpdationParams.md.
    """
    __slots__ = ()
    data = F('data', 'HostUpdationParamsData', F.REQUIRED)
    where = F('where', 'HostWhereInput', F.REQUIRED)
