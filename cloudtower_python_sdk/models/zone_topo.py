# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ZoneTopo(Model):
    """The ZoneTopo object of the CloudTower API.

    Fields: see docs/models/ZoneTopo.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    cluster_topo = F('cluster_topo', 'NestedClusterTopo', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    rack_topoes = F('rack_topoes', 'list[NestedRackTopo]', F.NULLABLE)
