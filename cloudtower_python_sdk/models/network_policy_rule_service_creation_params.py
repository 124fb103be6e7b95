# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NetworkPolicyRuleServiceCreationParams(Model):
    """The NetworkPolicyRuleServiceCreationParams object of the CloudTower API.

    Fields: see docs/models/NetworkPolicyRuleServiceCreationParams.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    members = F('members', 'list[NetworkPolicyRuleServiceMemberParams]', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
