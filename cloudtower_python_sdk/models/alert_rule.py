# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AlertRule(Model):
    """The AlertRule object of the CloudTower API.

    Fields: see docs/models/AlertRule.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    customized = F('customized', 'bool', F.REQUIRED)
    disabled = F('disabled', 'bool', F.REQUIRED)
    global_alert_rule = F('global_alert_rule', 'NestedGlobalAlertRule', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    thresholds = F('thresholds', 'list[NestedThresholds]', F.REQUIRED)
