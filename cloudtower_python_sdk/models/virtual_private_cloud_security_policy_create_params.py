# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSecurityPolicyCreateParams(Model):
    """The VirtualPrivateCloudSecurityPolicyCreateParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSecurityPolicyCreateParams.md.
    """
    __slots__ = ()
    apply_to = F('apply_to', 'list[VirtualPrivateCloudSecurityPolicyApplyInput]', F.REQUIRED)
    description = F('description', 'str')
    egress = F('egress', 'list[VirtualPrivateCloudNetworkPolicyRuleInput]')
    ingress = F('ingress', 'list[VirtualPrivateCloudNetworkPolicyRuleInput]')
    name = F('name', 'str', F.REQUIRED)
    policy_mode = F('policy_mode', 'VirtualPrivateCloudSecurityPolicyMode')
    vpc_id = F('vpc_id', 'str', F.REQUIRED)
