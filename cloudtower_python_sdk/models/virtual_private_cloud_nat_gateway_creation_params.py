# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNatGatewayCreationParams(Model):
    __slots__ = ()
    _declared = """
dnat_rules list[VirtualPrivateCloudDnatRuleParams]
enable_dnat bool R
enable_snat bool R
external_ip str
external_ips list[VirtualPrivateCloudExternalIpsParams]
external_subnet_group_id str
external_subnet_id str
name str R
vpc_id str R
"""
