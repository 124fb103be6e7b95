# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BrickTopo(Model):
    """The BrickTopo object of the CloudTower API.

    Fields: see docs/models/BrickTopo.md.
    """
    __slots__ = ()
    capacity = F('capacity', 'NestedCapacity', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    cluster_topo = F('cluster_topo', 'NestedClusterTopo', F.NULLABLE)
    disk_layout = F('disk_layout', 'NestedBrickDiskLayout', F.NULLABLE)
    height = F('height', 'int', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    model = F('model', 'str', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    node_topoes = F('node_topoes', 'list[NestedNodeTopo]', F.NULLABLE)
    position = F('position', 'int', F.REQUIRED)
    power_layout = F('power_layout', 'Direction', F.NULLABLE)
    power_position = F('power_position', 'PowerPosition', F.NULLABLE)
    powers = F('powers', 'list[NestedBrickPower]', F.NULLABLE)
    rack_topo = F('rack_topo', 'NestedRackTopo', F.NULLABLE)
    tag_position_in_brick = F('tag_position_in_brick', 'list[NestedTagPosition]', F.NULLABLE)
