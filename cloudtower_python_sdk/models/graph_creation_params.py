# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class GraphCreationParams(Model):
    _declared = """
cluster_id str RS
connect_id list[str] RS
instance_ids list[str] S
metric_count int S
metric_name str RS
metric_type MetricType S
network NetworkType S
resource_type str RS
service str S
title str RS
type GraphType RS
view_id str RS
"""
