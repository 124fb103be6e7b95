# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudNatGateway(Model):
    _declared = """
external_ip str NS
external_ips list[NestedVpcGatewaysCommonExternalIpsType] N
id str RS
name str RS
"""
