# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedNetworkPolicyRule(Model):
    __slots__ = ()
    _declared = """
except_ip_block list[str] N
ip_block str N
ports list[NestedNetworkPolicyRulePort] N
security_group NestedSecurityGroup N
security_group_id str N
selector list[NestedLabel] N
selector_ids list[str] N
service_ids list[str] N
services list[NestedNetworkPolicyRuleService] N
type NetworkPolicyRuleType R
"""
