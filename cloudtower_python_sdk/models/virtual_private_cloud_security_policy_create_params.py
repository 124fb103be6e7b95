# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSecurityPolicyCreateParams(Model):
    __slots__ = ()
    _declared = """
apply_to list[VirtualPrivateCloudSecurityPolicyApplyInput] R
description str
egress list[VirtualPrivateCloudNetworkPolicyRuleInput]
ingress list[VirtualPrivateCloudNetworkPolicyRuleInput]
name str R
policy_mode VirtualPrivateCloudSecurityPolicyMode
vpc_id str R
"""
