# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanTask(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
end_time str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
internal bool N
local_id str R
snapshotGroup:snapshot_group NestedSnapshotGroup N
snapshotPlan:snapshot_plan NestedSnapshotPlan R
start_time str R
status SnapshotPlanExecuteStatus R
type SnapshotPlanTaskType R
"""
