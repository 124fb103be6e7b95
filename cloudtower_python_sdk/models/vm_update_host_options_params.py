# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateHostOptionsParams(Model):
    """The VmUpdateHostOptionsParams object of the CloudTower API.

    Fields: see docs/models/VmUpdateHostOptionsParams.md.
    """
    __slots__ = ()
    data = F('data', 'VmUpdateHostOptionsParamsData', F.REQUIRED)
    where = F('where', 'VmWhereInput', F.REQUIRED)
