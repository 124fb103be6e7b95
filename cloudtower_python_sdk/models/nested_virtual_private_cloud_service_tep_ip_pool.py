# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudServiceTepIpPool(Model):
    """The NestedVirtualPrivateCloudServiceTepIpPool object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudServiceTepIpPool.md.
    """
    __slots__ = ()
    display_name = F('display_name', 'str', F.REQUIRED)
    gateway = F('gateway', 'str', F.REQUIRED)
    ip_end = F('ip_end', 'str', F.REQUIRED)
    ip_start = F('ip_start', 'str', F.REQUIRED)
    netmask = F('netmask', 'str', F.REQUIRED)
