# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudExternalSubnetGroup(Model):
    """The VirtualPrivateCloudExternalSubnetGroup object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudExternalSubnetGroup.md.
    """
    __slots__ = ()
    description = F('description', 'str', F.NULLABLE)
    edge_gateway_group = F('edge_gateway_group', 'NestedVirtualPrivateCloudEdgeGatewayGroup', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    exclusive = F('exclusive', 'bool', F.REQUIRED)
    external_subnets_spec = F('external_subnets_spec', 'list[NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec]', F.REQUIRED)
    floating_ips = F('floating_ips', 'list[NestedVirtualPrivateCloudFloatingIp]', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nat_gateways = F('nat_gateways', 'list[NestedVirtualPrivateCloudNatGateway]', F.NULLABLE)
    router_gateways = F('router_gateways', 'list[NestedVirtualPrivateCloudRouterGateway]', F.NULLABLE)
    shared_in_edge_gateway_group = F('shared_in_edge_gateway_group', 'bool', F.REQUIRED)
    vpc = F('vpc', 'NestedVirtualPrivateCloud', F.NULLABLE)
