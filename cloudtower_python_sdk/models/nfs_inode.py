# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NfsInode(Model):
    __slots__ = ()
    _declared = """
assigned_size int R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
file bool R
id str R
labels list[NestedLabel] N
local_id str R
local_updated_at str R
name str R
nfs_export NestedNfsExport R
parent_id str R
shared_size int R
snapshot_num int R
unique_logical_size float N
unique_size int R
"""
