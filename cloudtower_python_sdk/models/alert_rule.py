# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class AlertRule(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster N
customized bool R
disabled bool R
global_alert_rule NestedGlobalAlertRule R
id str R
local_id str R
thresholds list[NestedThresholds] R
"""
