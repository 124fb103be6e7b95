# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PermanentFailoverExecutionWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[PermanentFailoverExecutionWhereInput] N
NOT:_not list[PermanentFailoverExecutionWhereInput] N
OR:_or list[PermanentFailoverExecutionWhereInput] N
createdAt:created_at str N
createdAt_gt:created_at_gt str N
createdAt_gte:created_at_gte str N
createdAt_in:created_at_in list[str] N
createdAt_lt:created_at_lt str N
createdAt_lte:created_at_lte str N
createdAt_not:created_at_not str N
createdAt_not_in:created_at_not_in list[str] N
external_cloudtower ExternalCloudTowerWhereInput N
finished_at str N
finished_at_gt str N
finished_at_gte str N
finished_at_in list[str] N
finished_at_lt str N
finished_at_lte str N
finished_at_not str N
finished_at_not_in list[str] N
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
permanent_failover_target_executions_every PermanentFailoverTargetExecutionWhereInput N
permanent_failover_target_executions_none PermanentFailoverTargetExecutionWhereInput N
permanent_failover_target_executions_some PermanentFailoverTargetExecutionWhereInput N
replication_service ReplicationServiceWhereInput N
started_at str N
started_at_gt str N
started_at_gte str N
started_at_in list[str] N
started_at_lt str N
started_at_lte str N
started_at_not str N
started_at_not_in list[str] N
state BackupExecutionState N
state_in list[BackupExecutionState] N
state_not BackupExecutionState N
state_not_in list[BackupExecutionState] N
updatedAt:updated_at str N
updatedAt_gt:updated_at_gt str N
updatedAt_gte:updated_at_gte str N
updatedAt_in:updated_at_in list[str] N
updatedAt_lt:updated_at_lt str N
updatedAt_lte:updated_at_lte str N
updatedAt_not:updated_at_not str N
updatedAt_not_in:updated_at_not_in list[str] N
"""
