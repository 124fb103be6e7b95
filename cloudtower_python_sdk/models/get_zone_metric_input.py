# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GetZoneMetricInput(Model):
    """The GetZoneMetricInput object of the CloudTower API.

    Fields: see docs/models/GetZoneMetricInput.md.
    """
    __slots__ = ()
    clusters = F('clusters', 'ClusterWhereInput', F.REQUIRED)
    metrics = F('metrics', 'list[str]', F.REQUIRED)
    range = F('range', 'str', F.REQUIRED)
    type = F('type', 'str', F.REQUIRED)
