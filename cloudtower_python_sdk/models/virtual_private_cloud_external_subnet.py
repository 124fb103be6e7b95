# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudExternalSubnet(Model):
    _declared = """
cidr str RS
description str NS
edge_gateway NestedVirtualPrivateCloudEdgeGateway N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
exclusive bool RS
floating_ip_cidr str NS
floating_ips list[NestedVirtualPrivateCloudFloatingIp] N
gateway str RS
id str RS
local_id str RS
name str RS
nat_gateway_cidr str NS
nat_gateways list[NestedVirtualPrivateCloudNatGateway] N
router_gateway_cidr str NS
router_gateways list[NestedVirtualPrivateCloudRouterGateway] N
vlan NestedVlan R
vpc NestedVirtualPrivateCloud N
"""
