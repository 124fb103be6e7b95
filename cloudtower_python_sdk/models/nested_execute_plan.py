# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedExecutePlan(Model):
    """The NestedExecutePlan object of the CloudTower API.

    Fields: see docs/models/NestedExecutePlan.md.
    """
    __slots__ = ()
    enabled = F('enabled', 'bool', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    period = F('period', 'str', F.REQUIRED)
    retain = F('retain', 'int', F.REQUIRED)
    start_at = F('start_at', 'str', F.REQUIRED)
