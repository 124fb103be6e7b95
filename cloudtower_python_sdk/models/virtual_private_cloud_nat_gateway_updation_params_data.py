# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudNatGatewayUpdationParamsData(Model):
    """The VirtualPrivateCloudNatGatewayUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudNatGatewayUpdationParamsData.md.
    """
    __slots__ = ()
    dnat_rules = F('dnat_rules', 'list[VirtualPrivateCloudDnatRuleParams]')
    enable_dnat = F('enable_dnat', 'bool')
    enable_snat = F('enable_snat', 'bool')
    external_ip = F('external_ip', 'str')
    external_ips = F('external_ips', 'list[VirtualPrivateCloudExternalIpsParams]')
    name = F('name', 'str')
