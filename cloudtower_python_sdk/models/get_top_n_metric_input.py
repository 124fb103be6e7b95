# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetTopNMetricInput(Model):
    _declared = """
clusters ClusterWhereInput R
metrics list[str] RS
n int RS
range str RS
type str RS
"""
