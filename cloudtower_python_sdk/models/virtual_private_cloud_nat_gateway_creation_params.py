# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudNatGatewayCreationParams(Model):
    """The VirtualPrivateCloudNatGatewayCreationParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudNatGatewayCreationParams.md.
    """
    __slots__ = ()
    dnat_rules = F('dnat_rules', 'list[VirtualPrivateCloudDnatRuleParams]')
    enable_dnat = F('enable_dnat', 'bool', F.REQUIRED)
    enable_snat = F('enable_snat', 'bool', F.REQUIRED)
    external_ip = F('external_ip', 'str')
    external_ips = F('external_ips', 'list[VirtualPrivateCloudExternalIpsParams]')
    external_subnet_group_id = F('external_subnet_group_id', 'str')
    external_subnet_id = F('external_subnet_id', 'str')
    name = F('name', 'str', F.REQUIRED)
    vpc_id = F('vpc_id', 'str', F.REQUIRED)
