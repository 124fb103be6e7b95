# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmPlacementGroupCreationParams(Model):
    """The VmPlacementGroupCreationParams object of the CloudTower API.

    Fields: see docs/models/VmPlacementGroupCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    description = F('description', 'str')
    enabled = F('enabled', 'bool', F.REQUIRED)
    must_hosts = F('must_hosts', 'HostWhereInput')
    name = F('name', 'str', F.REQUIRED)
    prefer_hosts = F('prefer_hosts', 'HostWhereInput')
    vm_host_must_enabled = F('vm_host_must_enabled', 'bool')
    vm_host_must_policy = F('vm_host_must_policy', 'bool')
    vm_host_prefer_enabled = F('vm_host_prefer_enabled', 'bool')
    vm_host_prefer_policy = F('vm_host_prefer_policy', 'bool')
    vm_vm_policy = F('vm_vm_policy', 'VmVmPolicy')
    vm_vm_policy_enabled = F('vm_vm_policy_enabled', 'bool')
    vms = F('vms', 'VmWhereInput')
