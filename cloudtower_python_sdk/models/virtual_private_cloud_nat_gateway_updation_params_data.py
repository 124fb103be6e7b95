# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNatGatewayUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
dnat_rules list[VirtualPrivateCloudDnatRuleParams]
enable_dnat bool
enable_snat bool
external_ip str
external_ips list[VirtualPrivateCloudExternalIpsParams]
name str
"""
