# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NodeTopo(Model):
    _declared = """
brick_topo NestedBrickTopo N
cluster NestedCluster R
cluster_topo NestedClusterTopo N
host NestedHost R
id str RS
local_id str RS
name str RS
position NestedPosition R
"""
