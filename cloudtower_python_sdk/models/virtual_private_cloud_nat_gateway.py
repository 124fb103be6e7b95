# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudNatGateway(Model):
    """The VirtualPrivateCloudNatGateway object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudNatGateway.md.
    """
    __slots__ = ()
    dnat_rules = F('dnat_rules', 'list[NestedVpcDnatRuleType]', F.NULLABLE)
    enable_dnat = F('enable_dnat', 'bool', F.NULLABLE)
    enable_snat = F('enable_snat', 'bool', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    external_ip = F('external_ip', 'str', F.NULLABLE)
    external_ips = F('external_ips', 'list[NestedVpcGatewaysCommonExternalIpsType]', F.NULLABLE)
    external_subnet = F('external_subnet', 'NestedVirtualPrivateCloudExternalSubnet', F.NULLABLE)
    external_subnet_group = F('external_subnet_group', 'NestedVirtualPrivateCloudExternalSubnetGroup', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    vpc = F('vpc', 'NestedVirtualPrivateCloud', F.REQUIRED)
