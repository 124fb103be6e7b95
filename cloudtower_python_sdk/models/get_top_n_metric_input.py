# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GetTopNMetricInput(Model):
    __slots__ = ()
    _declared = """
clusters ClusterWhereInput R
metrics list[str] R
n int R
range str R
type str R
"""
