# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Metric(Model):
    __slots__ = ()
    _declared = """
__typename:typename str
dropped bool R
sample_streams list[MetricStream] N
samples list[MetricSample] N
step int R
unit MetricUnit R
"""
