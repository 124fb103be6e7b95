# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmPlacementGroup(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
description str R
enabled bool R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
local_created_at str R
local_id str R
local_updated_at str R
name str R
vm_host_must_enabled bool R
vm_host_must_host_uuids list[NestedHost] N
vm_host_must_policy bool R
vm_host_prefer_enabled bool R
vm_host_prefer_host_uuids list[NestedHost] N
vm_host_prefer_policy bool R
vm_vm_policy VmVmPolicy R
vm_vm_policy_enabled bool R
vms list[NestedVm] N
"""
