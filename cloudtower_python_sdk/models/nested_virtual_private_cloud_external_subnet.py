# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudExternalSubnet(Model):
    __slots__ = ()
    _declared = """
edge_gateway NestedVirtualPrivateCloudEdgeGateway N
floating_ip_cidr str N
id str R
name str R
nat_gateway_cidr str N
router_gateway_cidr str N
"""
