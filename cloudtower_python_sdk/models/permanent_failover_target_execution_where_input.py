# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PermanentFailoverTargetExecutionWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[PermanentFailoverTargetExecutionWhereInput] N
NOT:_not list[PermanentFailoverTargetExecutionWhereInput] N
OR:_or list[PermanentFailoverTargetExecutionWhereInput] N
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
keep_snapshot bool N
keep_snapshot_not bool N
keep_test_vm bool N
keep_test_vm_not bool N
permanent_failover_execution PermanentFailoverExecutionWhereInput N
phase BackupJobPhase N
phase_in list[BackupJobPhase] N
phase_not BackupJobPhase N
phase_not_in list[BackupJobPhase] N
replica_vm ReplicaVmWhereInput N
resource_version int N
resource_version_gt int N
resource_version_gte int N
resource_version_in list[int] N
resource_version_lt int N
resource_version_lte int N
resource_version_not int N
resource_version_not_in list[int] N
started_at str N
started_at_gt str N
started_at_gte str N
started_at_in list[str] N
started_at_lt str N
started_at_lte str N
started_at_not str N
started_at_not_in list[str] N
updatedAt:updated_at str N
updatedAt_gt:updated_at_gt str N
updatedAt_gte:updated_at_gte str N
updatedAt_in:updated_at_in list[str] N
updatedAt_lt:updated_at_lt str N
updatedAt_lte:updated_at_lte str N
updatedAt_not:updated_at_not str N
updatedAt_not_in:updated_at_not_in list[str] N
"""
