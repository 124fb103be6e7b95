# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudRouterGatewayUpdateDataParams(Model):
    _declared = """
associated_subnets_ids list[str] S
external_ip str S
external_ips list[VirtualPrivateCloudExternalIpsParams]
name str S
rules list[VirtualPrivateCloudRouterGatewayRuleInputType]
"""
