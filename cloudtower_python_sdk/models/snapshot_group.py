# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotGroup(Model):
    _declared = """
cluster NestedCluster R
deleted bool RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
estimated_recycling_time str NS
id str RS
internal bool NS
keep bool RS
local_created_at str RS
local_id str RS
logical_size_bytes int RS
name str RS
object_num int RS
snapshotPlanTask:snapshot_plan_task NestedSnapshotPlanTask R
vm_info list[NestedSnapshotGroupVmInfo] R
vm_snapshots list[NestedVmSnapshot] N
"""
