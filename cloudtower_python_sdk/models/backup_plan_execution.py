# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupPlanExecution(Model):
    """The BackupPlanExecution object of the CloudTower API.

    Fields: see docs/models/BackupPlanExecution.md.
    """
    __slots__ = ()
    backup_plan = F('backup_plan', 'NestedBackupPlan', F.NULLABLE)
    deletable_flag_marked = F('deletable_flag_marked', 'bool', F.NULLABLE)
    duration = F('duration', 'int', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    executed_at = F('executed_at', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    method = F('method', 'BackupExecutionMethod', F.REQUIRED)
    state = F('state', 'BackupPlanExecutionState', F.NULLABLE)
    status = F('status', 'BackupPlanExecutionStatus', F.REQUIRED)
    success_job_count = F('success_job_count', 'int', F.NULLABLE)
    total_job_count = F('total_job_count', 'int', F.NULLABLE)
    type = F('type', 'BackupExecutionType', F.REQUIRED)
