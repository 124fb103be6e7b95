# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSubnetCreationParams(Model):
    """The VirtualPrivateCloudSubnetCreationParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSubnetCreationParams.md.
    """
    __slots__ = ()
    cidr = F('cidr', 'str', F.REQUIRED)
    description = F('description', 'str')
    gateway = F('gateway', 'str', F.REQUIRED)
    ip_pools = F('ip_pools', 'list[VirtualPrivateCloudSubnetIpPoolParams]')
    name = F('name', 'str', F.REQUIRED)
    route_table_id = F('route_table_id', 'str', F.REQUIRED)
    vpc_id = F('vpc_id', 'str', F.REQUIRED)
