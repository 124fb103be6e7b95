# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudEdgeGatewayGroup(Model):
    __slots__ = ()
    _declared = """
active_edge_gateway_ids list[str] R
description str N
edge_gateways list[NestedVirtualPrivateCloudEdgeGateway] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
name str R
primary_edge_gateway_id str N
"""
