# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityPolicyCreateParams(Model):
    _declared = """
apply_to list[VirtualPrivateCloudSecurityPolicyApplyInput] R
description str S
egress list[VirtualPrivateCloudNetworkPolicyRuleInput]
ingress list[VirtualPrivateCloudNetworkPolicyRuleInput]
name str RS
policy_mode VirtualPrivateCloudSecurityPolicyMode S
vpc_id str RS
"""
