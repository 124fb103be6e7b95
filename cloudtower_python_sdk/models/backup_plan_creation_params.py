# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupPlanCreationParams(Model):
    _declared = """
backup_delay_option BackupPlanDelayOption S
backup_service_id str RS
backup_store_repository_id str RS
compression bool RS
description str S
enable_window bool RS
full_interval int RS
full_period BackupPlanPeriod RS
full_time_point BackupPlanTimePoint R
incremental_interval int RS
incremental_period BackupPlanPeriod RS
incremental_time_points list[BackupPlanTimePoint]
incremental_weekdays list[WeekdayTypeEnum] S
keep_policy BackupPlanKeepPolicy RS
keep_policy_value int RS
name str RS
snapshot_consistent_type ConsistentType RS
vms VmWhereInput R
window_end str S
window_start str S
"""
