# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BrickTopoUpdationParamsData(Model):
    """The BrickTopoUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/BrickTopoUpdationParamsData.md.
    """
    __slots__ = ()
    capacity = F('capacity', 'NestedCapacity')
    height = F('height', 'int')
    name = F('name', 'str')
    node_topoes = F('node_topoes', 'NodeTopoWhereInput')
    position = F('position', 'int')
    tag_position_in_brick = F('tag_position_in_brick', 'list[NestedTagPosition]', F.NULLABLE)
