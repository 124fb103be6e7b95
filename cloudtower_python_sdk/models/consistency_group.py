# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ConsistencyGroup(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
consistency_group_snapshots list[NestedConsistencyGroupSnapshot] N
description str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
iscsi_luns list[NestedIscsiLun] N
labels list[NestedLabel] N
local_created_at str R
local_id str R
name str R
namespaces list[NestedNvmfNamespace] N
unique_size int R
"""
