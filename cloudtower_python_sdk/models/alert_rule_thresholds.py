# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AlertRuleThresholds(Model):
    """The AlertRuleThresholds object of the CloudTower API.

    Fields: see docs/models/AlertRuleThresholds.md.
    """
    __slots__ = ()
    severity = F('severity', 'SeverityEnum', F.REQUIRED)
    value = F('value', 'int', F.REQUIRED)
