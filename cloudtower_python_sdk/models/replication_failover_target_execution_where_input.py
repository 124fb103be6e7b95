# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReplicationFailoverTargetExecutionWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[ReplicationFailoverTargetExecutionWhereInput] N
NOT:_not list[ReplicationFailoverTargetExecutionWhereInput] N
OR:_or list[ReplicationFailoverTargetExecutionWhereInput] N
failover_execution FailoverExecutionWhereInput N
finished_at str N
finished_at_gt str N
finished_at_gte str N
finished_at_in list[str] N
finished_at_lt str N
finished_at_lte str N
finished_at_not str N
finished_at_not_in list[str] N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
local_id str N
local_id_contains str N
local_id_ends_with str N
local_id_gt str N
local_id_gte str N
local_id_in list[str] N
local_id_lt str N
local_id_lte str N
local_id_not str N
local_id_not_contains str N
local_id_not_ends_with str N
local_id_not_in list[str] N
local_id_not_starts_with str N
local_id_starts_with str N
phase BackupJobPhase N
phase_in list[BackupJobPhase] N
phase_not BackupJobPhase N
phase_not_in list[BackupJobPhase] N
resource_version int N
resource_version_gt int N
resource_version_gte int N
resource_version_in list[int] N
resource_version_lt int N
resource_version_lte int N
resource_version_not int N
resource_version_not_in list[int] N
started_at str N
started_at_gt str N
started_at_gte str N
started_at_in list[str] N
started_at_lt str N
started_at_lte str N
started_at_not str N
started_at_not_in list[str] N
"""
