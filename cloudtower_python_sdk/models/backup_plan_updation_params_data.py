# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlanUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
backup_delay_option BackupPlanDelayOption
compression bool
description str
disconnect_strategy BackupPlanDeleteStrategy
enable_window bool
full_interval int
full_period BackupPlanPeriod
full_time_point BackupPlanTimePoint
incremental_interval int
incremental_period BackupPlanPeriod
incremental_time_points list[BackupPlanTimePoint]
incremental_weekdays list[WeekdayTypeEnum]
keep_policy BackupPlanKeepPolicy
keep_policy_value int
name str
snapshot_consistent_type ConsistentType
vms VmWhereInput
window_end str
window_start str
"""
