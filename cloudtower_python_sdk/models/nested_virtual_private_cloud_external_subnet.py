# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedVirtualPrivateCloudExternalSubnet(Model):
    _declared = """
edge_gateway NestedVirtualPrivateCloudEdgeGateway N
floating_ip_cidr str NS
id str RS
name str RS
nat_gateway_cidr str NS
router_gateway_cidr str NS
"""
