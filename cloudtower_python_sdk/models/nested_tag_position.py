# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedTagPosition(Model):
    """The NestedTagPosition object of the CloudTower API.

    Fields: see docs/models/NestedTagPosition.md.
    """
    __slots__ = ()
    column = F('column', 'int', F.REQUIRED)
    row = F('row', 'int', F.REQUIRED)
    tag = F('tag', 'str', F.REQUIRED)
