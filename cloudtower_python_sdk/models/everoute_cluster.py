# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class EverouteCluster(Model):
    """The EverouteCluster object of the CloudTower API.

    Fields: see docs/models/EverouteCluster.md.
    """
    __slots__ = ()
    agent_elf_clusters = F('agent_elf_clusters', 'list[NestedCluster]', F.NULLABLE)
    agent_elf_vdses = F('agent_elf_vdses', 'list[NestedVds]', F.NULLABLE)
    controller_instances = F('controller_instances', 'list[NestedEverouteControllerInstance]', F.REQUIRED)
    controller_template = F('controller_template', 'NestedEverouteControllerTemplate', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    global_default_action = F('global_default_action', 'GlobalPolicyAction', F.REQUIRED)
    global_whitelist = F('global_whitelist', 'NestedEverouteClusterWhitelist', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    installed = F('installed', 'bool', F.NULLABLE)
    load_balancer_service = F('load_balancer_service', 'NestedLoadBalancerService', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    phase = F('phase', 'EverouteClusterPhase', F.NULLABLE)
    status = F('status', 'NestedEverouteClusterStatus', F.NULLABLE)
    version = F('version', 'str', F.REQUIRED)
    vpc_service = F('vpc_service', 'NestedVirtualPrivateCloudService', F.NULLABLE)
