# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudCreationParams(Model):
    """The VirtualPrivateCloudCreationParams object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudCreationParams.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    mtu = F('mtu', 'int')
    name = F('name', 'str', F.REQUIRED)
    vpc_service_id = F('vpc_service_id', 'str', F.REQUIRED)
