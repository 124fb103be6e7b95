# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class RackTopoUpdationParamsData(Model):
    """The RackTopoUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/RackTopoUpdationParamsData.md.
    """
    __slots__ = ()
    brick_topoes = F('brick_topoes', 'BrickTopoWhereInput')
    cluster_id = F('cluster_id', 'str')
    height = F('height', 'int')
    name = F('name', 'str')
    zone_topo_id = F('zone_topo_id', 'str')
