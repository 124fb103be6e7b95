# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedPosition(Model):
    """The NestedPosition object of the CloudTower API.

    Fields: see docs/models/NestedPosition.md.
    """
    __slots__ = ()
    column = F('column', 'int', F.NULLABLE)
    row = F('row', 'int', F.NULLABLE)
