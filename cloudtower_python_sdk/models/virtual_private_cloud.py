# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloud(Model):
    __slots__ = ()
    _declared = """
associate_external_subnet_num int N
description str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
isolation_policies list[NestedVirtualPrivateCloudIsolationPolicy] N
local_id str R
mtu int N
name str R
route_tables list[NestedVirtualPrivateCloudRouteTable] N
security_groups list[NestedVirtualPrivateCloudSecurityGroup] N
security_policies list[NestedVirtualPrivateCloudSecurityPolicy] N
subnets list[NestedVirtualPrivateCloudSubnet] N
vpc_service NestedVirtualPrivateCloudService R
"""
