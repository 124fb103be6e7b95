# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BrickTopoCreationParams(Model):
    _declared = """
capacity NestedCapacity
cluster_id str RS
height int RS
name str RS
node_topoes NodeTopoWhereInput
position int RS
rack_topo_id str S
tag_position_in_brick list[NestedTagPosition] N
"""
