# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudExternalSubnet(Model):
    __slots__ = ()
    _declared = """
cidr str R
description str N
edge_gateway NestedVirtualPrivateCloudEdgeGateway N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
exclusive bool R
floating_ip_cidr str N
floating_ips list[NestedVirtualPrivateCloudFloatingIp] N
gateway str R
id str R
local_id str R
name str R
nat_gateway_cidr str N
nat_gateways list[NestedVirtualPrivateCloudNatGateway] N
router_gateway_cidr str N
router_gateways list[NestedVirtualPrivateCloudRouterGateway] N
vlan NestedVlan R
vpc NestedVirtualPrivateCloud N
"""
