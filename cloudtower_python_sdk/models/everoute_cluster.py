# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class EverouteCluster(Model):
    __slots__ = ()
    _declared = """
agent_elf_clusters list[NestedCluster] N
agent_elf_vdses list[NestedVds] N
controller_instances list[NestedEverouteControllerInstance] R
controller_template NestedEverouteControllerTemplate R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
global_default_action GlobalPolicyAction R
global_whitelist NestedEverouteClusterWhitelist N
id str R
installed bool N
load_balancer_service NestedLoadBalancerService N
name str R
phase EverouteClusterPhase N
status NestedEverouteClusterStatus N
version str R
vpc_service NestedVirtualPrivateCloudService N
"""
