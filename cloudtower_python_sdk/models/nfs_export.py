# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NfsExport(Model):
    _declared = """
cluster NestedCluster R
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
export_inode_id str RS
id str RS
inodes list[NestedNfsInode] N
internal bool RS
ip_whitelist str RS
labels list[NestedLabel] N
local_id str RS
name str RS
replica_num int RS
thin_provision bool RS
"""
