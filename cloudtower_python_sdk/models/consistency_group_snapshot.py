# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ConsistencyGroupSnapshot(Model):
    _declared = """
Iscsi_lun_snapshots:iscsi_lun_snapshots list[NestedIscsiLunSnapshot] N
consistency_group NestedConsistencyGroup N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
labels list[NestedLabel] N
local_created_at str RS
local_id str RS
name str RS
nvmf_namespace_snapshots list[NestedNvmfNamespaceSnapshot] N
unique_size int RS
"""
