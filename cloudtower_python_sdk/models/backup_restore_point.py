# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestorePoint(Model):
    """The BackupRestorePoint object of the CloudTower API.

    Fields: see docs/models/BackupRestorePoint.md.
    """
    __slots__ = ()
    backup_plan = F('backup_plan', 'NestedBackupPlan', F.REQUIRED)
    backup_restore_executions = F('backup_restore_executions', 'list[NestedBackupRestoreExecution]', F.NULLABLE)
    backup_target_execution = F('backup_target_execution', 'NestedBackupTargetExecution', F.REQUIRED)
    cluster_local_id = F('cluster_local_id', 'str', F.NULLABLE)
    compressed = F('compressed', 'bool', F.NULLABLE)
    compression_ratio = F('compression_ratio', 'float', F.NULLABLE)
    creation = F('creation', 'BackupRestorePointCreation', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    logical_size = F('logical_size', 'int', F.NULLABLE)
    parent_restore_point = F('parent_restore_point', 'str', F.NULLABLE)
    physical_size = F('physical_size', 'int', F.NULLABLE)
    size = F('size', 'int', F.NULLABLE)
    slice = F('slice', 'str', F.REQUIRED)
    snapshot_consistent_type = F('snapshot_consistent_type', 'ConsistentType', F.NULLABLE)
    type = F('type', 'BackupRestorePointType', F.NULLABLE)
    valid_capacity = F('valid_capacity', 'int', F.NULLABLE)
    valid_size = F('valid_size', 'int', F.NULLABLE)
    vm = F('vm', 'NestedVm', F.NULLABLE)
    vm_local_id = F('vm_local_id', 'str', F.NULLABLE)
    vm_name = F('vm_name', 'str', F.NULLABLE)
