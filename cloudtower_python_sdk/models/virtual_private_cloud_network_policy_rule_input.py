# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNetworkPolicyRuleInput(Model):
    __slots__ = ()
    _declared = """
except_ip_block list[str] N
ip_block str N
ports list[VirtualPrivateCloudNetworkPolicyRulePortInput] N
security_group_id str N
selector_ids list[str] N
type VirtualPrivateCloudNetworkPolicyRuleType R
"""
