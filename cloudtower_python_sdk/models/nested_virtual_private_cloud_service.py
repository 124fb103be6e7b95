# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudService(Model):
    """The NestedVirtualPrivateCloudService object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudService.md.
    """
    __slots__ = ()
    id = F('id', 'str', F.REQUIRED)
    internal_cidr = F('internal_cidr', 'str', F.REQUIRED)
    tep_ip_pools = F('tep_ip_pools', 'list[NestedVirtualPrivateCloudServiceTepIpPool]', F.REQUIRED)
