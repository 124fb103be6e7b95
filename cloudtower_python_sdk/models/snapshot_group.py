# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotGroup(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
deleted bool R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
estimated_recycling_time str N
id str R
internal bool N
keep bool R
local_created_at str R
local_id str R
logical_size_bytes int R
name str R
object_num int R
snapshotPlanTask:snapshot_plan_task NestedSnapshotPlanTask R
vm_info list[NestedSnapshotGroupVmInfo] R
vm_snapshots list[NestedVmSnapshot] N
"""
