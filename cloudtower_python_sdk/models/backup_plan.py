# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlan(Model):
    __slots__ = ()
    _declared = """
backup_delay_option BackupPlanDelayOption N
backup_plan_executions list[NestedBackupPlanExecution] N
backup_restore_point_count int N
backup_restore_points list[NestedBackupRestorePoint] N
backup_service NestedBackupService R
backup_store_repository NestedBackupStoreRepository R
backup_total_size int N
compression bool N
compression_ratio float N
createdAt:created_at str R
delete_strategy BackupPlanDeleteStrategy N
description str N
enable_window bool R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
full_interval int R
full_period BackupPlanPeriod R
full_time_point NestedBackupPlanTimePoint R
id str R
incremental_interval int N
incremental_period BackupPlanPeriod R
incremental_time_points list[NestedBackupPlanTimePoint] R
incremental_weekdays list[WeekdayTypeEnum] N
keep_policy BackupPlanKeepPolicy N
keep_policy_value int N
last_execute_status BackupPlanExecutionStatus R
last_execute_status_message str N
last_execute_success_job_count int N
last_execute_total_job_count int N
last_executed_at str N
last_manual_execute_status BackupPlanExecutionStatus R
last_manual_execute_status_message str N
last_manual_execute_success_job_count int N
last_manual_execute_total_job_count int N
last_manual_executed_at str N
logical_size int N
name str R
next_execute_time str N
phase BackupPlanPhase N
physical_size int N
snapshot_consistent_type ConsistentType N
status BackupPlanStatus R
valid_size_of_backup_object int N
valid_size_of_restore_point int N
vms list[NestedVm] N
window_end str N
window_start str N
"""
