# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlan(Model):
    _declared = """
backup_delay_option BackupPlanDelayOption NS
backup_plan_executions list[NestedBackupPlanExecution] N
backup_restore_point_count int NS
backup_restore_points list[NestedBackupRestorePoint] N
backup_service NestedBackupService R
backup_store_repository NestedBackupStoreRepository R
backup_total_size int NS
compression bool NS
compression_ratio float NS
createdAt:created_at str RS
delete_strategy BackupPlanDeleteStrategy NS
description str NS
enable_window bool RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
full_interval int RS
full_period BackupPlanPeriod RS
full_time_point NestedBackupPlanTimePoint R
id str RS
incremental_interval int NS
incremental_period BackupPlanPeriod RS
incremental_time_points list[NestedBackupPlanTimePoint] R
incremental_weekdays list[WeekdayTypeEnum] NS
keep_policy BackupPlanKeepPolicy NS
keep_policy_value int NS
last_execute_status BackupPlanExecutionStatus RS
last_execute_status_message str NS
last_execute_success_job_count int NS
last_execute_total_job_count int NS
last_executed_at str NS
last_manual_execute_status BackupPlanExecutionStatus RS
last_manual_execute_status_message str NS
last_manual_execute_success_job_count int NS
last_manual_execute_total_job_count int NS
last_manual_executed_at str NS
logical_size int NS
name str RS
next_execute_time str NS
phase BackupPlanPhase NS
physical_size int NS
snapshot_consistent_type ConsistentType NS
status BackupPlanStatus RS
valid_size_of_backup_object int NS
valid_size_of_restore_point int NS
vms list[NestedVm] N
window_end str NS
window_start str NS
"""
