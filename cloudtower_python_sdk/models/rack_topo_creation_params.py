# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class RackTopoCreationParams(Model):
    """The RackTopoCreationParams object of the CloudTower API.

    Fields: see docs/models/RackTopoCreationParams.md.
    """
    __slots__ = ()
    brick_topoes = F('brick_topoes', 'BrickTopoWhereInput')
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    height = F('height', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    zone_topo_id = F('zone_topo_id', 'str', F.REQUIRED)
