# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NfsInode(Model):
    _declared = """
assigned_size int RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
file bool RS
id str RS
labels list[NestedLabel] N
local_id str RS
local_updated_at str RS
name str RS
nfs_export NestedNfsExport R
parent_id str RS
shared_size int RS
snapshot_num int RS
unique_logical_size float NS
unique_size int RS
"""
