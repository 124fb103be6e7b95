# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestorePoint(Model):
    __slots__ = ()
    _declared = """
backup_plan NestedBackupPlan R
backup_restore_executions list[NestedBackupRestoreExecution] N
backup_target_execution NestedBackupTargetExecution R
cluster_local_id str N
compressed bool N
compression_ratio float N
creation BackupRestorePointCreation N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
local_created_at str N
local_id str R
logical_size int N
parent_restore_point str N
physical_size int N
size int N
slice str R
snapshot_consistent_type ConsistentType N
type BackupRestorePointType N
valid_capacity int N
valid_size int N
vm NestedVm N
vm_local_id str N
vm_name str N
"""
