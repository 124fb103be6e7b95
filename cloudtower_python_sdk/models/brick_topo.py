# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BrickTopo(Model):
    __slots__ = ()
    _declared = """
capacity NestedCapacity R
cluster NestedCluster R
cluster_topo NestedClusterTopo N
disk_layout NestedBrickDiskLayout N
height int R
id str R
local_id str R
model str N
name str R
node_topoes list[NestedNodeTopo] N
position int R
power_layout Direction N
power_position PowerPosition N
powers list[NestedBrickPower] N
rack_topo NestedRackTopo N
tag_position_in_brick list[NestedTagPosition] N
"""
