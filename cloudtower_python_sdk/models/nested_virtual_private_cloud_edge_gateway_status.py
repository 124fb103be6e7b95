# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudEdgeGatewayStatus(Model):
    """The NestedVirtualPrivateCloudEdgeGatewayStatus object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudEdgeGatewayStatus.md.
    """
    __slots__ = ()
    instances = F('instances', 'list[NestedVirtualPrivateCloudEdgeGatewayInstanceStatus]', F.NULLABLE)
