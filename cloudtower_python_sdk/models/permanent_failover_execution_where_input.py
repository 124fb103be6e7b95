# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PermanentFailoverExecutionWhereInput(Model):
    _declared = """
AND:_and list[PermanentFailoverExecutionWhereInput] N
NOT:_not list[PermanentFailoverExecutionWhereInput] N
OR:_or list[PermanentFailoverExecutionWhereInput] N
createdAt:created_at str NS
createdAt_gt:created_at_gt str NS
createdAt_gte:created_at_gte str NS
createdAt_in:created_at_in list[str] NS
createdAt_lt:created_at_lt str NS
createdAt_lte:created_at_lte str NS
createdAt_not:created_at_not str NS
createdAt_not_in:created_at_not_in list[str] NS
external_cloudtower ExternalCloudTowerWhereInput N
finished_at str NS
finished_at_gt str NS
finished_at_gte str NS
finished_at_in list[str] NS
finished_at_lt str NS
finished_at_lte str NS
finished_at_not str NS
finished_at_not_in list[str] NS
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
permanent_failover_target_executions_every PermanentFailoverTargetExecutionWhereInput N
permanent_failover_target_executions_none PermanentFailoverTargetExecutionWhereInput N
permanent_failover_target_executions_some PermanentFailoverTargetExecutionWhereInput N
replication_service ReplicationServiceWhereInput N
started_at str NS
started_at_gt str NS
started_at_gte str NS
started_at_in list[str] NS
started_at_lt str NS
started_at_lte str NS
started_at_not str NS
started_at_not_in list[str] NS
state BackupExecutionState NS
state_in list[BackupExecutionState] NS
state_not BackupExecutionState NS
state_not_in list[BackupExecutionState] NS
updatedAt:updated_at str NS
updatedAt_gt:updated_at_gt str NS
updatedAt_gte:updated_at_gte str NS
updatedAt_in:updated_at_in list[str] NS
updatedAt_lt:updated_at_lt str NS
updatedAt_lte:updated_at_lte str NS
updatedAt_not:updated_at_not str NS
updatedAt_not_in:updated_at_not_in list[str] NS
"""
