# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlanExecution(Model):
    _declared = """
backup_plan NestedBackupPlan N
deletable_flag_marked bool NS
duration int NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
executed_at str NS
id str RS
local_created_at str RS
local_id str RS
method BackupExecutionMethod RS
state BackupPlanExecutionState NS
status BackupPlanExecutionStatus RS
success_job_count int NS
total_job_count int NS
type BackupExecutionType RS
"""
