# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNatGatewayCreationParams(Model):
    _declared = """
dnat_rules list[VirtualPrivateCloudDnatRuleParams]
enable_dnat bool RS
enable_snat bool RS
external_ip str S
external_ips list[VirtualPrivateCloudExternalIpsParams]
external_subnet_group_id str S
external_subnet_id str S
name str RS
vpc_id str RS
"""
