# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BrickTopoUpdationParamsData(Model):
    _declared = """
capacity NestedCapacity
height int S
name str S
node_topoes NodeTopoWhereInput
position int S
tag_position_in_brick list[NestedTagPosition] N
"""
