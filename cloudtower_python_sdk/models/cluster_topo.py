# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterTopo(Model):
    _declared = """
brick_topoes list[NestedBrickTopo] N
cluster NestedCluster R
id str RS
local_id str RS
name str RS
node_topoes list[NestedNodeTopo] N
zone_topoes list[NestedZoneTopo] N
"""
