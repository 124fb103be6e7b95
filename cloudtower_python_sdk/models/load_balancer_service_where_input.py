# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class LoadBalancerServiceWhereInput(Model):
    """The LoadBalancerServiceWhereInput object of the CloudTower API.

    Fields: see docs/models/LoadBalancerServiceWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[LoadBalancerServiceWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[LoadBalancerServiceWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[LoadBalancerServiceWhereInput]', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    entity_async_status_in = F('entityAsyncStatus_in', 'list[EntityAsyncStatus]', F.NULLABLE)
    entity_async_status_not = F('entityAsyncStatus_not', 'EntityAsyncStatus', F.NULLABLE)
    entity_async_status_not_in = F('entityAsyncStatus_not_in', 'list[EntityAsyncStatus]', F.NULLABLE)
    everoute_cluster = F('everoute_cluster', 'EverouteClusterWhereInput', F.NULLABLE)
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
    phase = F('phase', 'EverouteClusterPhase', F.NULLABLE)
    phase_in = F('phase_in', 'list[EverouteClusterPhase]', F.NULLABLE)
    phase_not = F('phase_not', 'EverouteClusterPhase', F.NULLABLE)
    phase_not_in = F('phase_not_in', 'list[EverouteClusterPhase]', F.NULLABLE)
    vm_instances_every = F('vm_instances_every', 'VmWhereInput', F.NULLABLE)
    vm_instances_none = F('vm_instances_none', 'VmWhereInput', F.NULLABLE)
    vm_instances_some = F('vm_instances_some', 'VmWhereInput', F.NULLABLE)
    vnet_bonds_every = F('vnet_bonds_every', 'VnetBondWhereInput', F.NULLABLE)
    vnet_bonds_none = F('vnet_bonds_none', 'VnetBondWhereInput', F.NULLABLE)
    vnet_bonds_some = F('vnet_bonds_some', 'VnetBondWhereInput', F.NULLABLE)
