# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnapshotPlanUpdationParamsData(Model):
    """The SnapshotPlanUpdationParamsData object of the CloudTower API.

    Fields: see docs/models/SnapshotPlanUpdationParamsData.md.
    """
    __slots__ = ()
    end_time = F('end_time', 'str')
    exec_h_m = F('exec_h_m', 'str')
    execute_intervals = F('execute_intervals', 'list[int]')
    execute_plan_type = F('execute_plan_type', 'SnapshotPlanExecuteType')
    name = F('name', 'str')
    remain_snapshot_num = F('remain_snapshot_num', 'int')
    vm_ids = F('vm_ids', 'list[str]')
