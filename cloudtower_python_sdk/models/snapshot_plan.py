# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlan(Model):
    __slots__ = ()
    _declared = """
auto_delete_num int R
auto_execute_num int R
cluster NestedCluster R
description str R
end_time str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
exec_h_m object N
execute_intervals list[int] R
execute_plan_type SnapshotPlanExecuteType R
execution_tasks list[NestedSnapshotPlanTask] N
healthy bool R
id str R
last_execute_end_time str N
last_execute_status SnapshotPlanExecuteStatus R
last_execute_time str N
local_id str R
logical_size_bytes int R
manual_delete_num int R
manual_execute_num int R
mirror bool R
name str R
next_execute_time str N
object_num int R
physical_size_bytes int R
remain_snapshot_num int R
snapshot_group_num int R
start_time str R
status SnapshotPlanStatus R
vms list[NestedVm] N
"""
