# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloud(Model):
    _declared = """
associate_external_subnet_num int NS
description str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
isolation_policies list[NestedVirtualPrivateCloudIsolationPolicy] N
local_id str RS
mtu int NS
name str RS
route_tables list[NestedVirtualPrivateCloudRouteTable] N
security_groups list[NestedVirtualPrivateCloudSecurityGroup] N
security_policies list[NestedVirtualPrivateCloudSecurityPolicy] N
subnets list[NestedVirtualPrivateCloudSubnet] N
vpc_service NestedVirtualPrivateCloudService R
"""
