# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmRemoveNicByWhereParams(Model):
    """The VmRemoveNicByWhereParams object of the CloudTower API.

    Fields: see docs/models/VmRemoveNicByWhereParams.md.
    """
    __slots__ = ()
    effect = F('effect', 'VmRemoveNicByWhereParamsEffect', F.REQUIRED)
    where = F('where', 'VmNicWhereInput', F.REQUIRED)
