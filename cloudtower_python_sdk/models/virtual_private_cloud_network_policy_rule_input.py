# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNetworkPolicyRuleInput(Model):
    _declared = """
except_ip_block list[str] NS
ip_block str NS
ports list[VirtualPrivateCloudNetworkPolicyRulePortInput] N
security_group_id str NS
selector_ids list[str] NS
type VirtualPrivateCloudNetworkPolicyRuleType RS
"""
