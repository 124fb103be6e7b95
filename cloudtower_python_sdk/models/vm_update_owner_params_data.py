# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateOwnerParamsData(Model):
    """The VmUpdateOwnerParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateOwnerParamsData.md.
    """
    __slots__ = ()
    search_for = F('search_for', 'str', F.REQUIRED)
    value = F('value', 'str', F.REQUIRED)
