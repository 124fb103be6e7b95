# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class RackTopo(Model):
    """The RackTopo object of the CloudTower API.

    Fields: see docs/models/RackTopo.md.
    """
    __slots__ = ()
    brick_topoes = F('brick_topoes', 'list[NestedBrickTopo]', F.NULLABLE)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    height = F('height', 'int', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    zone_topo = F('zone_topo', 'NestedZoneTopo', F.REQUIRED)
