# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupTargetExecution(Model):
    _declared = """
backup_group str RS
backup_plan_execution NestedBackupPlanExecution N
backup_restore_point NestedBackupRestorePoint N
cluster_local_id str NS
duration int NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
executed_at str RS
id str RS
local_id str RS
parent_backup str RS
read_bytes int NS
retry_times int NS
status BackupExecutionStatus NS
total_bytes int NS
type BackupExecutionType RS
vm NestedVm N
vm_local_id str NS
vm_name str NS
"""
