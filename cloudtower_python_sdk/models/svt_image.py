# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SvtImage(Model):
    _declared = """
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_created_at str RS
local_id str RS
name str RS
path str RS
size int RS
version int RS
vm_disks list[NestedVmDisk] N
"""
