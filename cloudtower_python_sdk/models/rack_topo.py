# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class RackTopo(Model):
    _declared = """
brick_topoes list[NestedBrickTopo] N
cluster NestedCluster R
height int RS
id str RS
local_id str RS
name str RS
zone_topo NestedZoneTopo R
"""
