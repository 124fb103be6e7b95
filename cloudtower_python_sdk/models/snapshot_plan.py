# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlan(Model):
    _declared = """
auto_delete_num int RS
auto_execute_num int RS
cluster NestedCluster R
description str RS
end_time str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
exec_h_m object NS
execute_intervals list[int] RS
execute_plan_type SnapshotPlanExecuteType RS
execution_tasks list[NestedSnapshotPlanTask] N
healthy bool RS
id str RS
last_execute_end_time str NS
last_execute_status SnapshotPlanExecuteStatus RS
last_execute_time str NS
local_id str RS
logical_size_bytes int RS
manual_delete_num int RS
manual_execute_num int RS
mirror bool RS
name str RS
next_execute_time str NS
object_num int RS
physical_size_bytes int RS
remain_snapshot_num int RS
snapshot_group_num int RS
start_time str RS
status SnapshotPlanStatus RS
vms list[NestedVm] N
"""
