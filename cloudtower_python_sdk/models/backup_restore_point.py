# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestorePoint(Model):
    _declared = """
backup_plan NestedBackupPlan R
backup_restore_executions list[NestedBackupRestoreExecution] N
backup_target_execution NestedBackupTargetExecution R
cluster_local_id str NS
compressed bool NS
compression_ratio float NS
creation BackupRestorePointCreation NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
local_created_at str NS
local_id str RS
logical_size int NS
parent_restore_point str NS
physical_size int NS
size int NS
slice str RS
snapshot_consistent_type ConsistentType NS
type BackupRestorePointType NS
valid_capacity int NS
valid_size int NS
vm NestedVm N
vm_local_id str NS
vm_name str NS
"""
