# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVpcRouterGatewayRuleNextHopsItemType(Model):
    """The NestedVpcRouterGatewayRuleNextHopsItemType object of the CloudTower API.

    Fields: see docs/models/NestedVpcRouterGatewayRuleNextHopsItemType.md.
    """
    __slots__ = ()
    edge_gateway_id = F('edge_gateway_id', 'str', F.REQUIRED)
    nexthop = F('nexthop', 'str', F.NULLABLE)
