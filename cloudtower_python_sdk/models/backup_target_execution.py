# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupTargetExecution(Model):
    __slots__ = ()
    _declared = """
backup_group str R
backup_plan_execution NestedBackupPlanExecution N
backup_restore_point NestedBackupRestorePoint N
cluster_local_id str N
duration int N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
executed_at str R
id str R
local_id str R
parent_backup str R
read_bytes int N
retry_times int N
status BackupExecutionStatus N
total_bytes int N
type BackupExecutionType R
vm NestedVm N
vm_local_id str N
vm_name str N
"""
