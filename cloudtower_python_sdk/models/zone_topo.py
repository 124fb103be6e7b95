# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ZoneTopo(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
cluster_topo NestedClusterTopo R
id str R
local_id str R
rack_topoes list[NestedRackTopo] N
"""
