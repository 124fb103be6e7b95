# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NfsExport(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
export_inode_id str R
id str R
inodes list[NestedNfsInode] N
internal bool R
ip_whitelist str R
labels list[NestedLabel] N
local_id str R
name str R
replica_num int R
thin_provision bool R
"""
