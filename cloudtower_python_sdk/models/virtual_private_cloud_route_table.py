# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudRouteTable(Model):
    """The VirtualPrivateCloudRouteTable object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudRouteTable.md.
    """
    __slots__ = ()
    default_for_vpc = F('default_for_vpc', 'bool', F.NULLABLE)
    description = F('description', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    routes = F('routes', 'list[NestedVirtualPrivateCloudRoute]', F.NULLABLE)
    subnets = F('subnets', 'list[NestedVirtualPrivateCloudSubnet]', F.NULLABLE)
    vpc = F('vpc', 'NestedVirtualPrivateCloud', F.REQUIRED)
