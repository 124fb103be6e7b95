# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GraphCreationParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
connect_id list[str] R
instance_ids list[str]
metric_count int
metric_name str R
metric_type MetricType
network NetworkType
resource_type str R
service str
title str R
type GraphType R
view_id str R
"""
