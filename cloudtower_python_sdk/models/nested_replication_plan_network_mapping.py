# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedReplicationPlanNetworkMapping(Model):
    """The NestedReplicationPlanNetworkMapping object of the CloudTower API.

    Fields: see docs/models/NestedReplicationPlanNetworkMapping.md.
    """
    __slots__ = ()
    source = F('source', 'NestedReplicationNetworkInformation', F.REQUIRED)
    target = F('target', 'NestedReplicationNetworkInformation', F.REQUIRED)
