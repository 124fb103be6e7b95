# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class IscsiTargetUpdationParams(Model):
    """The IscsiTargetUpdationParams object of the CloudTower API.

    Fields: see docs/models/IscsiTargetUpdationParams.md.
    """
    __slots__ = ()
    data = F('data', 'IscsiTargetCommonParams', F.REQUIRED)
    where = F('where', 'IscsiTargetWhereInput', F.REQUIRED)
