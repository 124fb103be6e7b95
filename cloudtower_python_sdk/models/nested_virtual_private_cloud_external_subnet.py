# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudExternalSubnet(Model):
    """The NestedVirtualPrivateCloudExternalSubnet object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudExternalSubnet.md.
    """
    __slots__ = ()
    edge_gateway = F('edge_gateway', 'NestedVirtualPrivateCloudEdgeGateway', F.NULLABLE)
    floating_ip_cidr = F('floating_ip_cidr', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nat_gateway_cidr = F('nat_gateway_cidr', 'str', F.NULLABLE)
    router_gateway_cidr = F('router_gateway_cidr', 'str', F.NULLABLE)
