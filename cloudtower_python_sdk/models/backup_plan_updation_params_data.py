# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlanUpdationParamsData(Model):
    _declared = """
backup_delay_option BackupPlanDelayOption S
compression bool S
description str S
disconnect_strategy BackupPlanDeleteStrategy S
enable_window bool S
full_interval int S
full_period BackupPlanPeriod S
full_time_point BackupPlanTimePoint
incremental_interval int S
incremental_period BackupPlanPeriod S
incremental_time_points list[BackupPlanTimePoint]
incremental_weekdays list[WeekdayTypeEnum] S
keep_policy BackupPlanKeepPolicy S
keep_policy_value int S
name str S
snapshot_consistent_type ConsistentType S
vms VmWhereInput
window_end str S
window_start str S
"""
