# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EverouteCluster(Model):
    _declared = """
agent_elf_clusters list[NestedCluster] N
agent_elf_vdses list[NestedVds] N
controller_instances list[NestedEverouteControllerInstance] R
controller_template NestedEverouteControllerTemplate R
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
global_default_action GlobalPolicyAction RS
global_whitelist NestedEverouteClusterWhitelist N
id str RS
installed bool NS
load_balancer_service NestedLoadBalancerService N
name str RS
phase EverouteClusterPhase NS
status NestedEverouteClusterStatus N
version str RS
vpc_service NestedVirtualPrivateCloudService N
"""
