# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudRouterGatewayUpdateDataParams(Model):
    __slots__ = ()
    _declared = """
associated_subnets_ids list[str]
external_ip str
external_ips list[VirtualPrivateCloudExternalIpsParams]
name str
rules list[VirtualPrivateCloudRouterGatewayRuleInputType]
"""
