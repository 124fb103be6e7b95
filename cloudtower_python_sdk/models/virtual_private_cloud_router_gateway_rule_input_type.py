# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudRouterGatewayRuleInputType(Model):
    """The VirtualPrivateCloudRouterGatewayRuleInputType object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudRouterGatewayRuleInputType.md.
    """
    __slots__ = ()
    dst = F('dst', 'str', F.REQUIRED)
    nexthop = F('nexthop', 'str')
    nexthops = F('nexthops', 'list[VirtualPrivateCloudRouterGatewayNexthopInputType]')
