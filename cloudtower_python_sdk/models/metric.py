# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Metric(Model):
    """The Metric object of the CloudTower API.

    Fields: see docs/models/Metric.md.
    """
    __slots__ = ()
    typename = F('__typename', 'str')
    dropped = F('dropped', 'bool', F.REQUIRED)
    sample_streams = F('sample_streams', 'list[MetricStream]', F.NULLABLE)
    samples = F('samples', 'list[MetricSample]', F.NULLABLE)
    step = F('step', 'int', F.REQUIRED)
    unit = F('unit', 'MetricUnit', F.REQUIRED)
