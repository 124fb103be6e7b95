# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudRouterGateway(Model):
    __slots__ = ()
    _declared = """
associated_subnets list[NestedVirtualPrivateCloudSubnet] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
external_ip str N
external_ips list[NestedVpcGatewaysCommonExternalIpsType] N
external_subnet NestedVirtualPrivateCloudExternalSubnet N
external_subnet_group NestedVirtualPrivateCloudExternalSubnetGroup N
id str R
local_id str R
name str R
nexthop_ip str N
rules list[NestedVpcRouterGatewayRuleType] R
vpc NestedVirtualPrivateCloud R
"""
