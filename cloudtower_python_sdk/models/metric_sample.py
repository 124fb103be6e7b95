# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class MetricSample(Model):
    """The MetricSample object of the CloudTower API.

    Fields: see docs/models/MetricSample.md.
    """
    __slots__ = ()
    typename = F('__typename', 'str')
    labels = F('labels', 'MetricLabel', F.REQUIRED)
    point = F('point', 'DataPoint', F.NULLABLE)
