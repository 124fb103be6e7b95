# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSecurityPolicyUpdateParams(Model):
    """The VirtualPrivateCloudSecurityPolicyUpdateParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSecurityPolicyUpdateParams.md.
    """
    __slots__ = ()
    apply_to = F('apply_to', 'list[VirtualPrivateCloudSecurityPolicyApplyInput]')
    description = F('description', 'str')
    egress = F('egress', 'list[VirtualPrivateCloudNetworkPolicyRuleInput]')
    ingress = F('ingress', 'list[VirtualPrivateCloudNetworkPolicyRuleInput]')
    name = F('name', 'str')
    policy_mode = F('policy_mode', 'VirtualPrivateCloudSecurityPolicyMode')
