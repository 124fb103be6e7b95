# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Position(Model):
    """The Position object of the CloudTower API.

    Fields: see docs/models/Position.md.
    """
    __slots__ = ()
    typename = F('__typename', 'str')
    column = F('column', 'int', F.NULLABLE)
    row = F('row', 'int', F.NULLABLE)
