# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityPolicyCreateParams(Model):
    _declared = """
apply_to list[VirtualPrivateCloudSecurityPolicyApplyInput]{1,} R
description str S
egress list[VirtualPrivateCloudNetworkPolicyRuleInput]
ingress list[VirtualPrivateCloudNetworkPolicyRuleInput]
name str{1,} RS
policy_mode VirtualPrivateCloudSecurityPolicyMode S
vpc_id str RS
"""
