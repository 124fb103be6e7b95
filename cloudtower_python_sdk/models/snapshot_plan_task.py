# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanTask(Model):
    _declared = """
cluster NestedCluster R
end_time str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
internal bool NS
local_id str RS
snapshotGroup:snapshot_group NestedSnapshotGroup N
snapshotPlan:snapshot_plan NestedSnapshotPlan R
start_time str RS
status SnapshotPlanExecuteStatus RS
type SnapshotPlanTaskType RS
"""
