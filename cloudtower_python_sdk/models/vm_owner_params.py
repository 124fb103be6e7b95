# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmOwnerParams(Model):
    """The VmOwnerParams object of the CloudTower API.

    Fields: see docs/models/VmOwnerParams.md.
    """
    __slots__ = ()
    search_for = F('search_for', 'str')
    value = F('value', 'str', F.REQUIRED)
