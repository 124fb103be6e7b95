# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Metric(Model):
    _declared = """
__typename:typename str S
dropped bool RS
sample_streams list[MetricStream] N
samples list[MetricSample] N
step int RS
unit MetricUnit RS
"""
