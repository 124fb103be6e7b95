# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupPlan(Model):
    """The BackupPlan object of the CloudTower API.

    Fields: see docs/models/BackupPlan.md.
    """
    __slots__ = ()
    backup_delay_option = F('backup_delay_option', 'BackupPlanDelayOption', F.NULLABLE)
    backup_plan_executions = F('backup_plan_executions', 'list[NestedBackupPlanExecution]', F.NULLABLE)
    backup_restore_point_count = F('backup_restore_point_count', 'int', F.NULLABLE)
    backup_restore_points = F('backup_restore_points', 'list[NestedBackupRestorePoint]', F.NULLABLE)
    backup_service = F('backup_service', 'NestedBackupService', F.REQUIRED)
    backup_store_repository = F('backup_store_repository', 'NestedBackupStoreRepository', F.REQUIRED)
    backup_total_size = F('backup_total_size', 'int', F.NULLABLE)
    compression = F('compression', 'bool', F.NULLABLE)
    compression_ratio = F('compression_ratio', 'float', F.NULLABLE)
    created_at = F('createdAt', 'str', F.REQUIRED)
    delete_strategy = F('delete_strategy', 'BackupPlanDeleteStrategy', F.NULLABLE)
    description = F('description', 'str', F.NULLABLE)
    enable_window = F('enable_window', 'bool', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    full_interval = F('full_interval', 'int', F.REQUIRED)
    full_period = F('full_period', 'BackupPlanPeriod', F.REQUIRED)
    full_time_point = F('full_time_point', 'NestedBackupPlanTimePoint', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    incremental_interval = F('incremental_interval', 'int', F.NULLABLE)
    incremental_period = F('incremental_period', 'BackupPlanPeriod', F.REQUIRED)
    incremental_time_points = F('incremental_time_points', 'list[NestedBackupPlanTimePoint]', F.REQUIRED)
    incremental_weekdays = F('incremental_weekdays', 'list[WeekdayTypeEnum]', F.NULLABLE)
    keep_policy = F('keep_policy', 'BackupPlanKeepPolicy', F.NULLABLE)
    keep_policy_value = F('keep_policy_value', 'int', F.NULLABLE)
    last_execute_status = F('last_execute_status', 'BackupPlanExecutionStatus', F.REQUIRED)
    last_execute_status_message = F('last_execute_status_message', 'str', F.NULLABLE)
    last_execute_success_job_count = F('last_execute_success_job_count', 'int', F.NULLABLE)
    last_execute_total_job_count = F('last_execute_total_job_count', 'int', F.NULLABLE)
    last_executed_at = F('last_executed_at', 'str', F.NULLABLE)
    last_manual_execute_status = F('last_manual_execute_status', 'BackupPlanExecutionStatus', F.REQUIRED)
    last_manual_execute_status_message = F('last_manual_execute_status_message', 'str', F.NULLABLE)
    last_manual_execute_success_job_count = F('last_manual_execute_success_job_count', 'int', F.NULLABLE)
    last_manual_execute_total_job_count = F('last_manual_execute_total_job_count', 'int', F.NULLABLE)
    last_manual_executed_at = F('last_manual_executed_at', 'str', F.NULLABLE)
    logical_size = F('logical_size', 'int', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    next_execute_time = F('next_execute_time', 'str', F.NULLABLE)
    phase = F('phase', 'BackupPlanPhase', F.NULLABLE)
    physical_size = F('physical_size', 'int', F.NULLABLE)
    snapshot_consistent_type = F('snapshot_consistent_type', 'ConsistentType', F.NULLABLE)
    status = F('status', 'BackupPlanStatus', F.REQUIRED)
    valid_size_of_backup_object = F('valid_size_of_backup_object', 'int', F.NULLABLE)
    valid_size_of_restore_point = F('valid_size_of_restore_point', 'int', F.NULLABLE)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
    window_end = F('window_end', 'str', F.NULLABLE)
    window_start = F('window_start', 'str', F.NULLABLE)
