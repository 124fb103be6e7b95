# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BrickTopoCreationParams(Model):
    """The BrickTopoCreationParams object of the CloudTower API.

    Fields: see docs/models/BrickTopoCreationParams.md.
    """
    __slots__ = ()
    capacity = F('capacity', 'NestedCapacity')
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    height = F('height', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    node_topoes = F('node_topoes', 'NodeTopoWhereInput')
    position = F('position', 'int', F.REQUIRED)
    rack_topo_id = F('rack_topo_id', 'str')
    tag_position_in_brick = F('tag_position_in_brick', 'list[NestedTagPosition]', F.NULLABLE)
