# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateParams(Model):
    """The VmUpdateParams object of the CloudTower API.

    Fields: see docs/models/VmUpdateParams.md.
    """
    __slots__ = ()
    data = F('data', 'VmUpdateParamsData', F.REQUIRED)
    where = F('where', 'VmWhereInput', F.REQUIRED)
