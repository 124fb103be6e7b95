# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSubnet(Model):
    """The VirtualPrivateCloudSubnet object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSubnet.md.
    """
    __slots__ = ()
    cidr = F('cidr', 'str', F.REQUIRED)
    description = F('description', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    gateway = F('gateway', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    ip_pools = F('ip_pools', 'list[NestedVpcSubnetIpPooType]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    route_table = F('route_table', 'NestedVirtualPrivateCloudRouteTable', F.REQUIRED)
    total_ip_count = F('total_ip_count', 'int', F.NULLABLE)
    unused_ip_count = F('unused_ip_count', 'int', F.NULLABLE)
    vpc = F('vpc', 'NestedVirtualPrivateCloud', F.REQUIRED)
