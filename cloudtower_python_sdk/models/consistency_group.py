# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ConsistencyGroup(Model):
    _declared = """
cluster NestedCluster R
consistency_group_snapshots list[NestedConsistencyGroupSnapshot] N
description str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
iscsi_luns list[NestedIscsiLun] N
labels list[NestedLabel] N
local_created_at str RS
local_id str RS
name str RS
namespaces list[NestedNvmfNamespace] N
unique_size int RS
"""
