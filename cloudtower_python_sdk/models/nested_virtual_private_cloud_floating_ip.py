# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudFloatingIp(Model):
    """The NestedVirtualPrivateCloudFloatingIp object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudFloatingIp.md.
    """
    __slots__ = ()
    external_ip = F('external_ip', 'str', F.NULLABLE)
    external_ips = F('external_ips', 'list[NestedVpcGatewaysCommonExternalIpsType]', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
