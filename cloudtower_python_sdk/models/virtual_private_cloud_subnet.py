# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSubnet(Model):
    _declared = """
cidr str RS
description str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
gateway str NS
id str RS
ip_pools list[NestedVpcSubnetIpPooType] N
local_id str RS
name str RS
route_table NestedVirtualPrivateCloudRouteTable R
total_ip_count int NS
unused_ip_count int NS
vpc NestedVirtualPrivateCloud R
"""
