# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudExternalSubnetGroup(Model):
    __slots__ = ()
    _declared = """
edge_gateway_group NestedVirtualPrivateCloudEdgeGatewayGroup R
id str R
name str R
"""
