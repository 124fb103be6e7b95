# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertRule(Model):
    _declared = """
cluster NestedCluster N
customized bool RS
disabled bool RS
global_alert_rule NestedGlobalAlertRule R
id str RS
local_id str RS
thresholds list[NestedThresholds] R
"""
