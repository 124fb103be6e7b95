# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudRouterGatewayCreationParams(Model):
    __slots__ = ()
    _declared = """
associated_subnets_ids list[str] R
external_ip str
external_ips list[VirtualPrivateCloudExternalIpsParams]
external_subnet_group_id str
external_subnet_id str
name str R
rules list[VirtualPrivateCloudRouterGatewayRuleInputType] R
vpc_id str R
"""
