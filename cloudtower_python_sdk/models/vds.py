# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Vds(Model):
    """The Vds object of the CloudTower API.

    Fields: see docs/models/Vds.md.
    """
    __slots__ = ()
    bond_mode = F('bond_mode', 'str', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    everoute_cluster = F('everoute_cluster', 'NestedEverouteCluster', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nics = F('nics', 'list[NestedNic]', F.NULLABLE)
    ovsbr_name = F('ovsbr_name', 'str', F.REQUIRED)
    type = F('type', 'NetworkType', F.REQUIRED)
    vlans = F('vlans', 'list[NestedVlan]', F.NULLABLE)
    vlans_num = F('vlans_num', 'int', F.REQUIRED)
    work_mode = F('work_mode', 'str', F.NULLABLE)
