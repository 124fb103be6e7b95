# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudEdgeGatewayGroup(Model):
    _declared = """
active_edge_gateway_ids list[str] RS
description str NS
edge_gateways list[NestedVirtualPrivateCloudEdgeGateway] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
name str RS
primary_edge_gateway_id str NS
"""
