# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmDeleteParams(Model):
    """The VmDeleteParams object of the CloudTower API.

    Fields: see docs/models/VmDeleteParams.md.
    """
    __slots__ = ()
    effect = F('effect', 'VmDeleteParamsEffect')
    where = F('where', 'VmWhereInput', F.REQUIRED)
