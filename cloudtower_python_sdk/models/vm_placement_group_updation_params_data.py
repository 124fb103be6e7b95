# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmPlacementGroupUpdationParamsData(Model):
    _declared = """
description str S
enabled bool S
must_hosts HostWhereInput
name str S
prefer_hosts HostWhereInput
vm_host_must_enabled bool S
vm_host_must_policy bool S
vm_host_prefer_enabled bool S
vm_host_prefer_policy bool S
vm_vm_policy VmVmPolicy S
vm_vm_policy_enabled bool S
vms VmWhereInput
"""
