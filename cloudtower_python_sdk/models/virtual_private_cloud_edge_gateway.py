# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudEdgeGateway(Model):
    __slots__ = ()
    _declared = """
description str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
name str R
status NestedVirtualPrivateCloudEdgeGatewayStatus N
vdses list[NestedVds] N
"""
