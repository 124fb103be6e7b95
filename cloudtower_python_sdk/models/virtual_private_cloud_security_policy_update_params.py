# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityPolicyUpdateParams(Model):
    _declared = """
apply_to list[VirtualPrivateCloudSecurityPolicyApplyInput]
description str S
egress list[VirtualPrivateCloudNetworkPolicyRuleInput]
ingress list[VirtualPrivateCloudNetworkPolicyRuleInput]
name str S
policy_mode VirtualPrivateCloudSecurityPolicyMode S
"""
