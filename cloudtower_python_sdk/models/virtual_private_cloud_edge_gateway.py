# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudEdgeGateway(Model):
    """The VirtualPrivateCloudEdgeGateway object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudEdgeGateway.md.
    """
    __slots__ = ()
    description = F('description', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    status = F('status', 'NestedVirtualPrivateCloudEdgeGatewayStatus', F.NULLABLE)
    vdses = F('vdses', 'list[NestedVds]', F.NULLABLE)
