# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanTaskWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[SnapshotPlanTaskWhereInput] N
NOT:_not list[SnapshotPlanTaskWhereInput] N
OR:_or list[SnapshotPlanTaskWhereInput] N
cluster ClusterWhereInput N
end_time str N
end_time_gt str N
end_time_gte str N
end_time_in list[str] N
end_time_lt str N
end_time_lte str N
end_time_not str N
end_time_not_in list[str] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
internal bool N
internal_not bool N
local_id str N
local_id_contains str N
local_id_ends_with str N
local_id_gt str N
local_id_gte str N
local_id_in list[str] N
local_id_lt str N
local_id_lte str N
local_id_not str N
local_id_not_contains str N
local_id_not_ends_with str N
local_id_not_in list[str] N
local_id_not_starts_with str N
local_id_starts_with str N
snapshotGroup:snapshot_group SnapshotGroupWhereInput N
snapshotPlan:snapshot_plan SnapshotPlanWhereInput N
start_time str N
start_time_gt str N
start_time_gte str N
start_time_in list[str] N
start_time_lt str N
start_time_lte str N
start_time_not str N
start_time_not_in list[str] N
status SnapshotPlanExecuteStatus N
status_in list[SnapshotPlanExecuteStatus] N
status_not SnapshotPlanExecuteStatus N
status_not_in list[SnapshotPlanExecuteStatus] N
type SnapshotPlanTaskType N
type_in list[SnapshotPlanTaskType] N
type_not SnapshotPlanTaskType N
type_not_in list[SnapshotPlanTaskType] N
"""
