# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudRouteTableUpdationParamsData(Model):
    """The VirtualPrivateCloudRouteTableUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudRouteTableUpdationParamsData.md.
    """
    __slots__ = ()
    description = F('description', 'str')
    name = F('name', 'str')
    routes = F('routes', 'list[VirtualPrivateCloudRouteParams]')
