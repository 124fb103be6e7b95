# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec(Model):
    """The NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudExternalSubnetGroupExternalSubnetsSpec.md.
    """
    __slots__ = ()
    cidr = F('cidr', 'str', F.REQUIRED)
    edge_gateway_id = F('edge_gateway_id', 'str', F.REQUIRED)
    floating_ip_cidr = F('floating_ip_cidr', 'str', F.NULLABLE)
    gateway = F('gateway', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    nat_gateway_cidr = F('nat_gateway_cidr', 'str', F.NULLABLE)
    router_gateway_cidr = F('router_gateway_cidr', 'str', F.NULLABLE)
    vlan_id = F('vlan_id', 'str', F.REQUIRED)
