# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BrickTopoCreationParams(Model):
    __slots__ = ()
    _declared = """
capacity NestedCapacity
cluster_id str R
height int R
name str R
node_topoes NodeTopoWhereInput
position int R
rack_topo_id str
tag_position_in_brick list[NestedTagPosition] N
"""
