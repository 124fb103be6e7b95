# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudFloatingIpCreationParams(Model):
    """The VirtualPrivateCloudFloatingIpCreationParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudFloatingIpCreationParams.md.
    """
    __slots__ = ()
    external_ip = F('external_ip', 'str')
    external_subnet_id = F('external_subnet_id', 'str', F.REQUIRED)
    vpc_id = F('vpc_id', 'str', F.REQUIRED)
