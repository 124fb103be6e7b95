# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NodeTopo(Model):
    """The NodeTopo object of the CloudTower API.

    Fields: see docs/models/NodeTopo.md.
    """
    __slots__ = ()
    brick_topo = F('brick_topo', 'NestedBrickTopo', F.NULLABLE)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    cluster_topo = F('cluster_topo', 'NestedClusterTopo', F.NULLABLE)
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    position = F('position', 'NestedPosition', F.REQUIRED)
