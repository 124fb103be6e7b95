# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SvtImage(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
local_created_at str R
local_id str R
name str R
path str R
size int R
version int R
vm_disks list[NestedVmDisk] N
"""
