# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNatGateway(Model):
    _declared = """
dnat_rules list[NestedVpcDnatRuleType] N
enable_dnat bool NS
enable_snat bool NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
external_ip str NS
external_ips list[NestedVpcGatewaysCommonExternalIpsType] N
external_subnet NestedVirtualPrivateCloudExternalSubnet N
external_subnet_group NestedVirtualPrivateCloudExternalSubnetGroup N
id str RS
local_id str RS
name str RS
vpc NestedVirtualPrivateCloud R
"""
