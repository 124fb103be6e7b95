# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudRouterGatewayCreationParams(Model):
    _declared = """
associated_subnets_ids list[str] RS
external_ip str S
external_ips list[VirtualPrivateCloudExternalIpsParams]
external_subnet_group_id str S
external_subnet_id str S
name str RS
rules list[VirtualPrivateCloudRouterGatewayRuleInputType] R
vpc_id str RS
"""
