# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudExternalSubnet(Model):
    """The VirtualPrivateCloudExternalSubnet object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudExternalSubnet.md.
    """
    __slots__ = ()
    cidr = F('cidr', 'str', F.REQUIRED)
    description = F('description', 'str', F.NULLABLE)
    edge_gateway = F('edge_gateway', 'NestedVirtualPrivateCloudEdgeGateway', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    exclusive = F('exclusive', 'bool', F.REQUIRED)
    floating_ip_cidr = F('floating_ip_cidr', 'str', F.NULLABLE)
    floating_ips = F('floating_ips', 'list[NestedVirtualPrivateCloudFloatingIp]', F.NULLABLE)
    gateway = F('gateway', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nat_gateway_cidr = F('nat_gateway_cidr', 'str', F.NULLABLE)
    nat_gateways = F('nat_gateways', 'list[NestedVirtualPrivateCloudNatGateway]', F.NULLABLE)
    router_gateway_cidr = F('router_gateway_cidr', 'str', F.NULLABLE)
    router_gateways = F('router_gateways', 'list[NestedVirtualPrivateCloudRouterGateway]', F.NULLABLE)
    vlan = F('vlan', 'NestedVlan', F.REQUIRED)
    vpc = F('vpc', 'NestedVirtualPrivateCloud', F.NULLABLE)
