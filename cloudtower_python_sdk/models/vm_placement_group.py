# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmPlacementGroup(Model):
    _declared = """
cluster NestedCluster R
description str RS
enabled bool RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_created_at str RS
local_id str RS
local_updated_at str RS
name str RS
vm_host_must_enabled bool RS
vm_host_must_host_uuids list[NestedHost] N
vm_host_must_policy bool RS
vm_host_prefer_enabled bool RS
vm_host_prefer_host_uuids list[NestedHost] N
vm_host_prefer_policy bool RS
vm_vm_policy VmVmPolicy RS
vm_vm_policy_enabled bool RS
vms list[NestedVm] N
"""
