# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudSubnet(Model):
    __slots__ = ()
    _declared = """
cidr str R
description str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
gateway str N
id str R
ip_pools list[NestedVpcSubnetIpPooType] N
local_id str R
name str R
route_table NestedVirtualPrivateCloudRouteTable R
total_ip_count int N
unused_ip_count int N
vpc NestedVirtualPrivateCloud R
"""
