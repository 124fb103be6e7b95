# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BrickTopo(Model):
    _declared = """
capacity NestedCapacity R
cluster NestedCluster R
cluster_topo NestedClusterTopo N
disk_layout NestedBrickDiskLayout N
height int RS
id str RS
local_id str RS
model str NS
name str RS
node_topoes list[NestedNodeTopo] N
position int RS
power_layout Direction NS
power_position PowerPosition NS
powers list[NestedBrickPower] N
rack_topo NestedRackTopo N
tag_position_in_brick list[NestedTagPosition] N
"""
