# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EverouteClusterWhereInput(Model):
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
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
global_default_action GlobalPolicyAction NS
global_default_action_in list[GlobalPolicyAction] NS
global_default_action_not GlobalPolicyAction NS
global_default_action_not_in list[GlobalPolicyAction] NS
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
installed bool NS
installed_not bool NS
load_balancer_service LoadBalancerServiceWhereInput N
name str NS
name_contains str NS
name_ends_with str NS
name_gt str NS
name_gte str NS
name_in list[str] NS
name_lt str NS
name_lte str NS
name_not str NS
name_not_contains str NS
name_not_ends_with str NS
name_not_in list[str] NS
name_not_starts_with str NS
name_starts_with str NS
phase EverouteClusterPhase NS
phase_in list[EverouteClusterPhase] NS
phase_not EverouteClusterPhase NS
phase_not_in list[EverouteClusterPhase] NS
version str NS
version_contains str NS
version_ends_with str NS
version_gt str NS
version_gte str NS
version_in list[str] NS
version_lt str NS
version_lte str NS
version_not str NS
version_not_contains str NS
version_not_ends_with str NS
version_not_in list[str] NS
version_not_starts_with str NS
version_starts_with str NS
vpc_service VirtualPrivateCloudServiceWhereInput N
"""
