# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNatGatewayUpdationParamsData(Model):
    _declared = """
dnat_rules list[VirtualPrivateCloudDnatRuleParams]
enable_dnat bool S
enable_snat bool S
external_ip str S
external_ips list[VirtualPrivateCloudExternalIpsParams]
name str S
"""
