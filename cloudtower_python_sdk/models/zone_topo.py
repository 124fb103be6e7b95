# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ZoneTopo(Model):
    _declared = """
cluster NestedCluster R
cluster_topo NestedClusterTopo R
id str RS
local_id str RS
rack_topoes list[NestedRackTopo] N
"""
