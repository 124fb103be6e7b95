# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVpcRouterGatewayRuleType(Model):
    """The NestedVpcRouterGatewayRuleType object of the CloudTower API.

    Fields: see docs/models/NestedVpcRouterGatewayRuleType.md.
    """
    __slots__ = ()
    dst = F('dst', 'str', F.REQUIRED)
    nexthop = F('nexthop', 'str', F.NULLABLE)
    nexthops = F('nexthops', 'list[NestedVpcRouterGatewayRuleNextHopsItemType]', F.NULLABLE)
