# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedVirtualPrivateCloudRoute(Model):
    """The NestedVirtualPrivateCloudRoute object of the CloudTower API.

    Fields: see docs/models/NestedVirtualPrivateCloudRoute.md.
    """
    __slots__ = ()
    destination = F('destination', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    next_hop_local_id = F('next_hop_local_id', 'str', F.REQUIRED)
    next_hop_type = F('next_hop_type', 'VirtualPrivateCloudRouteNextHopType', F.REQUIRED)
