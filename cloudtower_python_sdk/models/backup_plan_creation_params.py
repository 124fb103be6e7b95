# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlanCreationParams(Model):
    __slots__ = ()
    _declared = """
backup_delay_option BackupPlanDelayOption
backup_service_id str R
backup_store_repository_id str R
compression bool R
description str
enable_window bool R
full_interval int R
full_period BackupPlanPeriod R
full_time_point BackupPlanTimePoint R
incremental_interval int R
incremental_period BackupPlanPeriod R
incremental_time_points list[BackupPlanTimePoint]
incremental_weekdays list[WeekdayTypeEnum]
keep_policy BackupPlanKeepPolicy R
keep_policy_value int R
name str R
snapshot_consistent_type ConsistentType R
vms VmWhereInput R
window_end str
window_start str
"""
