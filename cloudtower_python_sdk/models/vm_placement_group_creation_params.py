# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmPlacementGroupCreationParams(Model):
    _declared = """
cluster_id str RS
description str S
enabled bool RS
must_hosts HostWhereInput
name str RS
prefer_hosts HostWhereInput
vm_host_must_enabled bool S
vm_host_must_policy bool S
vm_host_prefer_enabled bool S
vm_host_prefer_policy bool S
vm_vm_policy VmVmPolicy S
vm_vm_policy_enabled bool S
vms VmWhereInput
"""
