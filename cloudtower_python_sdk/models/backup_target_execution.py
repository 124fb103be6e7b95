# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupTargetExecution(Model):
    """The BackupTargetExecution object of the CloudTower API.

    Fields: see docs/models/BackupTargetExecution.md.
    """
    __slots__ = ()
    backup_group = F('backup_group', 'str', F.REQUIRED)
    backup_plan_execution = F('backup_plan_execution', 'NestedBackupPlanExecution', F.NULLABLE)
    backup_restore_point = F('backup_restore_point', 'NestedBackupRestorePoint', F.NULLABLE)
    cluster_local_id = F('cluster_local_id', 'str', F.NULLABLE)
    duration = F('duration', 'int', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    executed_at = F('executed_at', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    parent_backup = F('parent_backup', 'str', F.REQUIRED)
    read_bytes = F('read_bytes', 'int', F.NULLABLE)
    retry_times = F('retry_times', 'int', F.NULLABLE)
    status = F('status', 'BackupExecutionStatus', F.NULLABLE)
    total_bytes = F('total_bytes', 'int', F.NULLABLE)
    type = F('type', 'BackupExecutionType', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.NULLABLE)
    vm_local_id = F('vm_local_id', 'str', F.NULLABLE)
    vm_name = F('vm_name', 'str', F.NULLABLE)
