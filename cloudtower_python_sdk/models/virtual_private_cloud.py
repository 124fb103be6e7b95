# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloud(Model):
    """The VirtualPrivateCloud object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloud.md.
    """
    __slots__ = ()
    associate_external_subnet_num = F('associate_external_subnet_num', 'int', F.NULLABLE)
    description = F('description', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    isolation_policies = F('isolation_policies', 'list[NestedVirtualPrivateCloudIsolationPolicy]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    mtu = F('mtu', 'int', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    route_tables = F('route_tables', 'list[NestedVirtualPrivateCloudRouteTable]', F.NULLABLE)
    security_groups = F('security_groups', 'list[NestedVirtualPrivateCloudSecurityGroup]', F.NULLABLE)
    security_policies = F('security_policies', 'list[NestedVirtualPrivateCloudSecurityPolicy]', F.NULLABLE)
    subnets = F('subnets', 'list[NestedVirtualPrivateCloudSubnet]', F.NULLABLE)
    vpc_service = F('vpc_service', 'NestedVirtualPrivateCloudService', F.REQUIRED)
