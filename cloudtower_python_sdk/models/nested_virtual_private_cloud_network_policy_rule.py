# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudNetworkPolicyRule(Model):
    _declared = """
except_ip_block list[str] NS
ip_block str NS
ports list[NestedVirtualPrivateCloudNetworkPolicyRulePort] N
security_group NestedVirtualPrivateCloudSecurityGroup N
security_group_id str NS
selector list[NestedLabel] N
selector_ids list[str] NS
type VirtualPrivateCloudNetworkPolicyRuleType RS
"""
