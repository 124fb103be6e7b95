# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmFolder(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
id str R
local_id str N
name str R
vm_num int N
vms list[NestedVm] N
"""
