# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class LoadBalancerServiceWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[LoadBalancerServiceWhereInput] N
NOT:_not list[LoadBalancerServiceWhereInput] N
OR:_or list[LoadBalancerServiceWhereInput] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
everoute_cluster EverouteClusterWhereInput N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
phase EverouteClusterPhase N
phase_in list[EverouteClusterPhase] N
phase_not EverouteClusterPhase N
phase_not_in list[EverouteClusterPhase] N
vm_instances_every VmWhereInput N
vm_instances_none VmWhereInput N
vm_instances_some VmWhereInput N
vnet_bonds_every VnetBondWhereInput N
vnet_bonds_none VnetBondWhereInput N
vnet_bonds_some VnetBondWhereInput N
"""
