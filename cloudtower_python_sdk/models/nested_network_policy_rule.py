# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedNetworkPolicyRule(Model):
    _declared = """
except_ip_block list[str] NS
ip_block str NS
ports list[NestedNetworkPolicyRulePort] N
security_group NestedSecurityGroup N
security_group_id str NS
selector list[NestedLabel] N
selector_ids list[str] NS
service_ids list[str] NS
services list[NestedNetworkPolicyRuleService] N
type NetworkPolicyRuleType RS
"""
