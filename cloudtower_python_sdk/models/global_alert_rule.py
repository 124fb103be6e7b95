# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GlobalAlertRule(Model):
    """The GlobalAlertRule object of the CloudTower API.

    Fields: see docs/models/GlobalAlertRule.md.
    """
    __slots__ = ()
    alert_rules = F('alert_rules', 'list[NestedAlertRule]', F.NULLABLE)
    boolean = F('boolean', 'bool', F.REQUIRED)
    cause = F('cause', 'str', F.REQUIRED)
    default_thresholds = F('default_thresholds', 'list[NestedThresholds]', F.REQUIRED)
    disabled = F('disabled', 'bool', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    impact = F('impact', 'str', F.REQUIRED)
    message = F('message', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    object = F('object', 'AlertRuleObject', F.NULLABLE)
    operator = F('operator', 'str', F.REQUIRED)
    solution = F('solution', 'str', F.REQUIRED)
    thresholds = F('thresholds', 'list[NestedThresholds]', F.REQUIRED)
    unit = F('unit', 'AlertRuleUnit', F.REQUIRED)
