# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EverouteClusterWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[EverouteClusterWhereInput] N
NOT:_not list[EverouteClusterWhereInput] N
OR:_or list[EverouteClusterWhereInput] N
agent_elf_clusters_every ClusterWhereInput N
agent_elf_clusters_none ClusterWhereInput N
agent_elf_clusters_some ClusterWhereInput N
agent_elf_vdses_every VdsWhereInput N
agent_elf_vdses_none VdsWhereInput N
agent_elf_vdses_some VdsWhereInput N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
global_default_action GlobalPolicyAction N
global_default_action_in list[GlobalPolicyAction] N
global_default_action_not GlobalPolicyAction N
global_default_action_not_in list[GlobalPolicyAction] N
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
installed bool N
installed_not bool N
load_balancer_service LoadBalancerServiceWhereInput N
name str N
name_contains str N
name_ends_with str N
name_gt str N
name_gte str N
name_in list[str] N
name_lt str N
name_lte str N
name_not str N
name_not_contains str N
name_not_ends_with str N
name_not_in list[str] N
name_not_starts_with str N
name_starts_with str N
phase EverouteClusterPhase N
phase_in list[EverouteClusterPhase] N
phase_not EverouteClusterPhase N
phase_not_in list[EverouteClusterPhase] N
version str N
version_contains str N
version_ends_with str N
version_gt str N
version_gte str N
version_in list[str] N
version_lt str N
version_lte str N
version_not str N
version_not_contains str N
version_not_ends_with str N
version_not_in list[str] N
version_not_starts_with str N
version_starts_with str N
vpc_service VirtualPrivateCloudServiceWhereInput N
"""
