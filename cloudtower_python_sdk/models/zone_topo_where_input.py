# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ZoneTopoWhereInput(Model):
    """The ZoneTopoWhereInput object of the CloudTower API.

    Fields: see docs/models/ZoneTopoWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[ZoneTopoWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[ZoneTopoWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[ZoneTopoWhereInput]', F.NULLABLE)
    cluster = F('cluster', 'ClusterWhereInput', F.NULLABLE)
    cluster_topo = F('cluster_topo', 'ClusterTopoWhereInput', F.NULLABLE)
    id = F('id', 'str', F.NULLABLE)
    id_contains = F('id_contains', 'str', F.NULLABLE)
    id_ends_with = F('id_ends_with', 'str', F.NULLABLE)
    id_gt = F('id_gt', 'str', F.NULLABLE)
    id_gte = F('id_gte', 'str', F.NULLABLE)
    id_in = F('id_in', 'list[str]', F.NULLABLE)
    id_lt = F('id_lt', 'str', F.NULLABLE)
    id_lte = F('id_lte', 'str', F.NULLABLE)
    id_not = F('id_not', 'str', F.NULLABLE)
    id_not_contains = F('id_not_contains', 'str', F.NULLABLE)
    id_not_ends_with = F('id_not_ends_with', 'str', F.NULLABLE)
    id_not_in = F('id_not_in', 'list[str]', F.NULLABLE)
    id_not_starts_with = F('id_not_starts_with', 'str', F.NULLABLE)
    id_starts_with = F('id_starts_with', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.NULLABLE)
    local_id_contains = F('local_id_contains', 'str', F.NULLABLE)
    local_id_ends_with = F('local_id_ends_with', 'str', F.NULLABLE)
    local_id_gt = F('local_id_gt', 'str', F.NULLABLE)
    local_id_gte = F('local_id_gte', 'str', F.NULLABLE)
    local_id_in = F('local_id_in', 'list[str]', F.NULLABLE)
    local_id_lt = F('local_id_lt', 'str', F.NULLABLE)
    local_id_lte = F('local_id_lte', 'str', F.NULLABLE)
    local_id_not = F('local_id_not', 'str', F.NULLABLE)
    local_id_not_contains = F('local_id_not_contains', 'str', F.NULLABLE)
    local_id_not_ends_with = F('local_id_not_ends_with', 'str', F.NULLABLE)
    local_id_not_in = F('local_id_not_in', 'list[str]', F.NULLABLE)
    local_id_not_starts_with = F('local_id_not_starts_with', 'str', F.NULLABLE)
    local_id_starts_with = F('local_id_starts_with', 'str', F.NULLABLE)
    rack_topoes_every = F('rack_topoes_every', 'RackTopoWhereInput', F.NULLABLE)
    rack_topoes_none = F('rack_topoes_none', 'RackTopoWhereInput', F.NULLABLE)
    rack_topoes_some = F('rack_topoes_some', 'RackTopoWhereInput', F.NULLABLE)
