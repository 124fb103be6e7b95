# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudEdgeGatewayGroup(Model):
    """The VirtualPrivateCloudEdgeGatewayGroup object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudEdgeGatewayGroup.md.
    """
    __slots__ = ()
    active_edge_gateway_ids = F('active_edge_gateway_ids', 'list[str]', F.REQUIRED)
    description = F('description', 'str', F.NULLABLE)
    edge_gateways = F('edge_gateways', 'list[NestedVirtualPrivateCloudEdgeGateway]', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    primary_edge_gateway_id = F('primary_edge_gateway_id', 'str', F.NULLABLE)
