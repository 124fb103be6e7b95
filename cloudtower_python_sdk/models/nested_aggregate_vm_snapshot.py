# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedAggregateVmSnapshot(Model):
    """The NestedAggregateVmSnapshot object of the CloudTower API.

    Fields: see docs/models/NestedAggregateVmSnapshot.md.
    """
    __slots__ = ()
    count = F('count', 'int', F.REQUIRED)
