# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudExternalSubnetGroup(Model):
    _declared = """
description str NS
edge_gateway_group NestedVirtualPrivateCloudEdgeGatewayGroup R
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
exclusive bool RS
external_subnets_spec list[NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec] R
floating_ips list[NestedVirtualPrivateCloudFloatingIp] N
id str RS
local_id str RS
name str RS
nat_gateways list[NestedVirtualPrivateCloudNatGateway] N
router_gateways list[NestedVirtualPrivateCloudRouterGateway] N
shared_in_edge_gateway_group bool RS
vpc NestedVirtualPrivateCloud N
"""
