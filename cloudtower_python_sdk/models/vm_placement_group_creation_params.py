# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmPlacementGroupCreationParams(Model):
    __slots__ = ()
    _declared = """
cluster_id str R
description str
enabled bool R
must_hosts HostWhereInput
name str R
prefer_hosts HostWhereInput
vm_host_must_enabled bool
vm_host_must_policy bool
vm_host_prefer_enabled bool
vm_host_prefer_policy bool
vm_vm_policy VmVmPolicy
vm_vm_policy_enabled bool
vms VmWhereInput
"""
