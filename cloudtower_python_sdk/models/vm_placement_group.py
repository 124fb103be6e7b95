# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmPlacementGroup(Model):
    """The VmPlacementGroup object of the CloudTower API.

    Fields: see docs/models/VmPlacementGroup.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    enabled = F('enabled', 'bool', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    local_updated_at = F('local_updated_at', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    vm_host_must_enabled = F('vm_host_must_enabled', 'bool', F.REQUIRED)
    vm_host_must_host_uuids = F('vm_host_must_host_uuids', 'list[NestedHost]', F.NULLABLE)
    vm_host_must_policy = F('vm_host_must_policy', 'bool', F.REQUIRED)
    vm_host_prefer_enabled = F('vm_host_prefer_enabled', 'bool', F.REQUIRED)
    vm_host_prefer_host_uuids = F('vm_host_prefer_host_uuids', 'list[NestedHost]', F.NULLABLE)
    vm_host_prefer_policy = F('vm_host_prefer_policy', 'bool', F.REQUIRED)
    vm_vm_policy = F('vm_vm_policy', 'VmVmPolicy', F.REQUIRED)
    vm_vm_policy_enabled = F('vm_vm_policy_enabled', 'bool', F.REQUIRED)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
