# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class SnapshotPlanTaskWhereInput(Model):
    _declared = """
AND:_and list[SnapshotPlanTaskWhereInput] N
NOT:_not list[SnapshotPlanTaskWhereInput] N
OR:_or list[SnapshotPlanTaskWhereInput] N
cluster ClusterWhereInput N
end_time str NS
end_time_gt str NS
end_time_gte str NS
end_time_in list[str] NS
end_time_lt str NS
end_time_lte str NS
end_time_not str NS
end_time_not_in list[str] NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
internal bool NS
internal_not bool NS
local_id str NS
local_id_contains str NS
local_id_ends_with str NS
local_id_gt str NS
local_id_gte str NS
local_id_in list[str] NS
local_id_lt str NS
local_id_lte str NS
local_id_not str NS
local_id_not_contains str NS
local_id_not_ends_with str NS
local_id_not_in list[str] NS
local_id_not_starts_with str NS
local_id_starts_with str NS
snapshotGroup:snapshot_group SnapshotGroupWhereInput N
snapshotPlan:snapshot_plan SnapshotPlanWhereInput N
start_time str NS
start_time_gt str NS
start_time_gte str NS
start_time_in list[str] NS
start_time_lt str NS
start_time_lte str NS
start_time_not str NS
start_time_not_in list[str] NS
status SnapshotPlanExecuteStatus NS
status_in list[SnapshotPlanExecuteStatus] NS
status_not SnapshotPlanExecuteStatus NS
status_not_in list[SnapshotPlanExecuteStatus] NS
type SnapshotPlanTaskType NS
type_in list[SnapshotPlanTaskType] NS
type_not SnapshotPlanTaskType NS
type_not_in list[SnapshotPlanTaskType] NS
"""
