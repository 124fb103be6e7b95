# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnapshotPlanCreationParams(Model):
    """The SnapshotPlanCreationParams object of the CloudTower API.

    Fields: see docs/models/SnapshotPlanCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    end_time = F('end_time', 'str')
    exec_h_m = F('exec_h_m', 'str')
    execute_intervals = F('execute_intervals', 'list[int]', F.REQUIRED)
    execute_plan_type = F('execute_plan_type', 'SnapshotPlanExecuteType', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    remain_snapshot_num = F('remain_snapshot_num', 'int', F.REQUIRED)
    start_time = F('start_time', 'str', F.REQUIRED)
    vm_ids = F('vm_ids', 'list[str]', F.REQUIRED)
