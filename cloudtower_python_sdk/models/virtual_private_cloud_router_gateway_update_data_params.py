# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudRouterGatewayUpdateDataParams(Model):
    """The VirtualPrivateCloudRouterGatewayUpdateDataParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudRouterGatewayUpdateDataParams.md.
    """
    __slots__ = ()
    associated_subnets_ids = F('associated_subnets_ids', 'list[str]')
    external_ip = F('external_ip', 'str')
    external_ips = F('external_ips', 'list[VirtualPrivateCloudExternalIpsParams]')
    name = F('name', 'str')
    rules = F('rules', 'list[VirtualPrivateCloudRouterGatewayRuleInputType]')
