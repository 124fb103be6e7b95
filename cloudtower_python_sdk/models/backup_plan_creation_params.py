# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupPlanCreationParams(Model):
    """The BackupPlanCreationParams object of the CloudTower API.

    Fields: see docs/models/BackupPlanCreationParams.md.
    """
    __slots__ = ()
    backup_delay_option = F('backup_delay_option', 'BackupPlanDelayOption')
    backup_service_id = F('backup_service_id', 'str', F.REQUIRED)
    backup_store_repository_id = F('backup_store_repository_id', 'str', F.REQUIRED)
    compression = F('compression', 'bool', F.REQUIRED)
    description = F('description', 'str')
    enable_window = F('enable_window', 'bool', F.REQUIRED)
    full_interval = F('full_interval', 'int', F.REQUIRED)
    full_period = F('full_period', 'BackupPlanPeriod', F.REQUIRED)
    full_time_point = F('full_time_point', 'BackupPlanTimePoint', F.REQUIRED)
    incremental_interval = F('incremental_interval', 'int', F.REQUIRED)
    incremental_period = F('incremental_period', 'BackupPlanPeriod', F.REQUIRED)
    incremental_time_points = F('incremental_time_points', 'list[BackupPlanTimePoint]')
    incremental_weekdays = F('incremental_weekdays', 'list[WeekdayTypeEnum]')
    keep_policy = F('keep_policy', 'BackupPlanKeepPolicy', F.REQUIRED)
    keep_policy_value = F('keep_policy_value', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    snapshot_consistent_type = F('snapshot_consistent_type', 'ConsistentType', F.REQUIRED)
    vms = F('vms', 'VmWhereInput', F.REQUIRED)
    window_end = F('window_end', 'str')
    window_start = F('window_start', 'str')
