# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestoreExecution(Model):
    __slots__ = ()
    _declared = """
backup_restore_point NestedBackupRestorePoint N
duration int N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
executed_at str R
id str R
mode BackupRestoreExecutionMode R
name str R
read_bytes int N
rebuild_name str N
rebuild_network_mapping list[NestedBackupRestoreExecutionNetworkMapping] N
rebuild_target_cluster str N
retry_times int N
startup_after_restore bool R
status BackupExecutionStatus R
total_bytes int N
"""
