# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudRouterGatewayCreationParams(Model):
    """The VirtualPrivateCloudRouterGatewayCreationParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudRouterGatewayCreationParams.md.
    """
    __slots__ = ()
    associated_subnets_ids = F('associated_subnets_ids', 'list[str]', F.REQUIRED)
    external_ip = F('external_ip', 'str')
    external_ips = F('external_ips', 'list[VirtualPrivateCloudExternalIpsParams]')
    external_subnet_group_id = F('external_subnet_group_id', 'str')
    external_subnet_id = F('external_subnet_id', 'str')
    name = F('name', 'str', F.REQUIRED)
    rules = F('rules', 'list[VirtualPrivateCloudRouterGatewayRuleInputType]', F.REQUIRED)
    vpc_id = F('vpc_id', 'str', F.REQUIRED)
