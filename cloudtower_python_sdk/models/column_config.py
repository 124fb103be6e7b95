# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ColumnConfig(Model):
    """The ColumnConfig object of the CloudTower API.

    Fields: see docs/models/ColumnConfig.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.REQUIRED)
    path = F('path', 'str', F.REQUIRED)
