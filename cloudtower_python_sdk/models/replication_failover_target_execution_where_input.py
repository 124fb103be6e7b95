# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReplicationFailoverTargetExecutionWhereInput(Model):
    _declared = """
AND:_and list[ReplicationFailoverTargetExecutionWhereInput] N
NOT:_not list[ReplicationFailoverTargetExecutionWhereInput] N
OR:_or list[ReplicationFailoverTargetExecutionWhereInput] N
failover_execution FailoverExecutionWhereInput N
finished_at str NS
finished_at_gt str NS
finished_at_gte str NS
finished_at_in list[str] NS
finished_at_lt str NS
finished_at_lte str NS
finished_at_not str NS
finished_at_not_in list[str] NS
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
local_id str NS
local_id_contains str NS
local_id_ends_with str NS
local_id_gt str NS
local_id_gte str NS
local_id_in list[str] NS
local_id_lt str NS
local_id_lte str NS
local_id_not str NS
local_id_not_contains str NS
local_id_not_ends_with str NS
local_id_not_in list[str] NS
local_id_not_starts_with str NS
local_id_starts_with str NS
phase BackupJobPhase NS
phase_in list[BackupJobPhase] NS
phase_not BackupJobPhase NS
phase_not_in list[BackupJobPhase] NS
resource_version int NS
resource_version_gt int NS
resource_version_gte int NS
resource_version_in list[int] NS
resource_version_lt int NS
resource_version_lte int NS
resource_version_not int NS
resource_version_not_in list[int] NS
started_at str NS
started_at_gt str NS
started_at_gte str NS
started_at_in list[str] NS
started_at_lt str NS
started_at_lte str NS
started_at_not str NS
started_at_not_in list[str] NS
"""
