# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PermanentFailoverTargetExecutionWhereInput(Model):
    _declared = """
AND:_and list[PermanentFailoverTargetExecutionWhereInput] N
NOT:_not list[PermanentFailoverTargetExecutionWhereInput] N
OR:_or list[PermanentFailoverTargetExecutionWhereInput] N
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
keep_snapshot bool NS
keep_snapshot_not bool NS
keep_test_vm bool NS
keep_test_vm_not bool NS
permanent_failover_execution PermanentFailoverExecutionWhereInput N
phase BackupJobPhase NS
phase_in list[BackupJobPhase] NS
phase_not BackupJobPhase NS
phase_not_in list[BackupJobPhase] NS
replica_vm ReplicaVmWhereInput N
resource_version int NS
resource_version_gt int NS
resource_version_gte int NS
resource_version_in list[int] NS
resource_version_lt int NS
resource_version_lte int NS
resource_version_not int NS
resource_version_not_in list[int] NS
started_at str NS
started_at_gt str NS
started_at_gte str NS
started_at_in list[str] NS
started_at_lt str NS
started_at_lte str NS
started_at_not str NS
started_at_not_in list[str] NS
updatedAt:updated_at str NS
updatedAt_gt:updated_at_gt str NS
updatedAt_gte:updated_at_gte str NS
updatedAt_in:updated_at_in list[str] NS
updatedAt_lt:updated_at_lt str NS
updatedAt_lte:updated_at_lte str NS
updatedAt_not:updated_at_not str NS
updatedAt_not_in:updated_at_not_in list[str] NS
"""
