# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GlobalAlertRule(Model):
    _declared = """
alert_rules list[NestedAlertRule] N
boolean bool RS
cause str RS
default_thresholds list[NestedThresholds] R
disabled bool RS
id str RS
impact str RS
message str RS
name str RS
object AlertRuleObject NS
operator str RS
solution str RS
thresholds list[NestedThresholds] R
unit AlertRuleUnit RS
"""
