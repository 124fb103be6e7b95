# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudExternalSubnetGroup(Model):
    __slots__ = ()
    _declared = """
description str N
edge_gateway_group NestedVirtualPrivateCloudEdgeGatewayGroup R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
exclusive bool R
external_subnets_spec list[NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec] R
floating_ips list[NestedVirtualPrivateCloudFloatingIp] N
id str R
local_id str R
name str R
nat_gateways list[NestedVirtualPrivateCloudNatGateway] N
router_gateways list[NestedVirtualPrivateCloudRouterGateway] N
shared_in_edge_gateway_group bool R
vpc NestedVirtualPrivateCloud N
"""
