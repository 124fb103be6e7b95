# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudNic(Model):
    """The NestedVirtualPrivateCloudNic object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudNic.md.
    """
    __slots__ = ()
    floating_ip = F('floating_ip', 'NestedVirtualPrivateCloudFloatingIp', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    ip_addresses = F('ip_addresses', 'list[str]', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    vpc = F('vpc', 'NestedVirtualPrivateCloud', F.REQUIRED)
    vpc_subnet = F('vpc_subnet', 'NestedVirtualPrivateCloudSubnet', F.REQUIRED)
