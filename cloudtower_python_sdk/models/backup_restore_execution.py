# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestoreExecution(Model):
    """The BackupRestoreExecution object of the CloudTower API.

    Fields: see docs/models/BackupRestoreExecution.md.
    """
    __slots__ = ()
    backup_restore_point = F('backup_restore_point', 'NestedBackupRestorePoint', F.NULLABLE)
    duration = F('duration', 'int', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    executed_at = F('executed_at', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    mode = F('mode', 'BackupRestoreExecutionMode', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    read_bytes = F('read_bytes', 'int', F.NULLABLE)
    rebuild_name = F('rebuild_name', 'str', F.NULLABLE)
    rebuild_network_mapping = F('rebuild_network_mapping', 'list[NestedBackupRestoreExecutionNetworkMapping]', F.NULLABLE)
    rebuild_target_cluster = F('rebuild_target_cluster', 'str', F.NULLABLE)
    retry_times = F('retry_times', 'int', F.NULLABLE)
    startup_after_restore = F('startup_after_restore', 'bool', F.REQUIRED)
    status = F('status', 'BackupExecutionStatus', F.REQUIRED)
    total_bytes = F('total_bytes', 'int', F.NULLABLE)
