# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NvmfNamespaceSnapshot(Model):
    __slots__ = ()
    _declared = """
consistency_group_snapshot NestedConsistencyGroupSnapshot N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
labels list[NestedLabel] N
local_created_at str R
local_id str R
name str R
nvmf_namespace NestedNvmfNamespace N
nvmf_subsystem NestedNvmfSubsystem R
unique_size int R
"""
