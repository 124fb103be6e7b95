# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteClusterWhitelist(Model):
    """The NestedEverouteClusterWhitelist object of the CloudTower API.

    Fields: see docs/models/NestedEverouteClusterWhitelist.md.
    """
    __slots__ = ()
    egress = F('egress', 'list[NestedNetworkPolicyRule]', F.NULLABLE)
    enable = F('enable', 'bool', F.REQUIRED)
    ingress = F('ingress', 'list[NestedNetworkPolicyRule]', F.NULLABLE)
