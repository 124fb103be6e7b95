# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudRouteTable(Model):
    _declared = """
default_for_vpc bool NS
description str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_id str RS
name str RS
routes list[NestedVirtualPrivateCloudRoute] N
subnets list[NestedVirtualPrivateCloudSubnet] N
vpc NestedVirtualPrivateCloud R
"""
