# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GlobalAlertRule(Model):
    __slots__ = ()
    _declared = """
alert_rules list[NestedAlertRule] N
boolean bool R
cause str R
default_thresholds list[NestedThresholds] R
disabled bool R
id str R
impact str R
message str R
name str R
object AlertRuleObject N
operator str R
solution str R
thresholds list[NestedThresholds] R
unit AlertRuleUnit R
"""
