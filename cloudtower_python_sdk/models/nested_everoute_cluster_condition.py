# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedEverouteClusterCondition(Model):
    """The NestedEverouteClusterCondition object of the CloudTower API.

    Fields: see docs/models/NestedEverouteClusterCondition.md.
    """
    __slots__ = ()
    last_probe_time = F('lastProbeTime', 'str', F.NULLABLE)
    type = F('type', 'str', F.REQUIRED)
