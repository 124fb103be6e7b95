# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmFolder(Model):
    _declared = """
cluster NestedCluster R
id str RS
local_id str NS
name str RS
vm_num int NS
vms list[NestedVm] N
"""
