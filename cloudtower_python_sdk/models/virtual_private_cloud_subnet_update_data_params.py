# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudSubnetUpdateDataParams(Model):
    """The VirtualPrivateCloudSubnetUpdateDataParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudSubnetUpdateDataParams.md.
    """
    __slots__ = ()
    cidr = F('cidr', 'str')
    description = F('description', 'str')
    gateway = F('gateway', 'str')
    ip_pools = F('ip_pools', 'list[VirtualPrivateCloudSubnetIpPoolParams]')
    name = F('name', 'str')
    route_table_id = F('route_table_id', 'str')
