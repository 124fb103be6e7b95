# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class LoadBalancerServiceWhereInput(Model):
    _declared = """
AND:_and list[LoadBalancerServiceWhereInput] N
NOT:_not list[LoadBalancerServiceWhereInput] N
OR:_or list[LoadBalancerServiceWhereInput] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
everoute_cluster EverouteClusterWhereInput N
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
phase EverouteClusterPhase NS
phase_in list[EverouteClusterPhase] NS
phase_not EverouteClusterPhase NS
phase_not_in list[EverouteClusterPhase] NS
vm_instances_every VmWhereInput N
vm_instances_none VmWhereInput N
vm_instances_some VmWhereInput N
vnet_bonds_every VnetBondWhereInput N
vnet_bonds_none VnetBondWhereInput N
vnet_bonds_some VnetBondWhereInput N
"""
