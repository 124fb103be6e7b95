# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NetworkPolicyRuleService(Model):
    """The NetworkPolicyRuleService object of the CloudTower API.

    Fields: see docs/models/NetworkPolicyRuleService.md.
    """
    __slots__ = ()
    description = F('description', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    members = F('members', 'list[NestedNetworkPolicyRulePort]', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    preset = F('preset', 'bool', F.REQUIRED)
