# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlanExecution(Model):
    __slots__ = ()
    _declared = """
backup_plan NestedBackupPlan N
deletable_flag_marked bool N
duration int N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
executed_at str N
id str R
local_created_at str R
local_id str R
method BackupExecutionMethod R
state BackupPlanExecutionState N
status BackupPlanExecutionStatus R
success_job_count int N
total_job_count int N
type BackupExecutionType R
"""
