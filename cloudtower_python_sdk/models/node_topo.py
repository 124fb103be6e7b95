# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NodeTopo(Model):
    __slots__ = ()
    _declared = """
brick_topo NestedBrickTopo N
cluster NestedCluster R
cluster_topo NestedClusterTopo N
host NestedHost R
id str R
local_id str R
name str R
position NestedPosition R
"""
