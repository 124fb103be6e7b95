# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BrickTopoUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
capacity NestedCapacity
height int
name str
node_topoes NodeTopoWhereInput
position int
tag_position_in_brick list[NestedTagPosition] N
"""
