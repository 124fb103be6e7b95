# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestoreExecution(Model):
    _declared = """
backup_restore_point NestedBackupRestorePoint N
duration int NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
executed_at str RS
id str RS
mode BackupRestoreExecutionMode RS
name str RS
read_bytes int NS
rebuild_name str NS
rebuild_network_mapping list[NestedBackupRestoreExecutionNetworkMapping] N
rebuild_target_cluster str NS
retry_times int NS
startup_after_restore bool RS
status BackupExecutionStatus RS
total_bytes int NS
"""
