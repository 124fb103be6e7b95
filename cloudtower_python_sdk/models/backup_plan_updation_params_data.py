# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupPlanUpdationParamsData(Model):
    """The BackupPlanUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/BackupPlanUpdationParamsData.md.
    """
    __slots__ = ()
    backup_delay_option = F('backup_delay_option', 'BackupPlanDelayOption')
    compression = F('compression', 'bool')
    description = F('description', 'str')
    disconnect_strategy = F('disconnect_strategy', 'BackupPlanDeleteStrategy')
    enable_window = F('enable_window', 'bool')
    full_interval = F('full_interval', 'int')
    full_period = F('full_period', 'BackupPlanPeriod')
    full_time_point = F('full_time_point', 'BackupPlanTimePoint')
    incremental_interval = F('incremental_interval', 'int')
    incremental_period = F('incremental_period', 'BackupPlanPeriod')
    incremental_time_points = F('incremental_time_points', 'list[BackupPlanTimePoint]')
    incremental_weekdays = F('incremental_weekdays', 'list[WeekdayTypeEnum]')
    keep_policy = F('keep_policy', 'BackupPlanKeepPolicy')
    keep_policy_value = F('keep_policy_value', 'int')
    name = F('name', 'str')
    snapshot_consistent_type = F('snapshot_consistent_type', 'ConsistentType')
    vms = F('vms', 'VmWhereInput')
    window_end = F('window_end', 'str')
    window_start = F('window_start', 'str')
