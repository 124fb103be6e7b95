# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedThresholds(Model):
    """The NestedThresholds object of the CloudTower API.

    Fields: see docs/models/NestedThresholds.md.
    """
    __slots__ = ()
    quantile = F('quantile', 'int', F.NULLABLE)
    severity = F('severity', 'SeverityEnum', F.NULLABLE)
    value = F('value', 'float', F.NULLABLE)
