# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiLunUpdationParams(Model):
    """The IscsiLunUpdationParams object of the CloudTower API.

    Fields: see docs/models/IscsiLunUpdationParams.md.
    """
    __slots__ = ()
    data = F('data', 'IscsiLunUpdationParamsData', F.REQUIRED)
    where = F('where', 'IscsiLunWhereInput', F.REQUIRED)
