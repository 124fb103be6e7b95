# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DataPoint(Model):
    """The DataPoint object of the CloudTower API.

    Fields: see docs/models/DataPoint.md.
    """
    __slots__ = ()
    typename = F('__typename', 'str')
    t = F('t', 'int', F.REQUIRED)
    v = F('v', 'float', F.NULLABLE)
