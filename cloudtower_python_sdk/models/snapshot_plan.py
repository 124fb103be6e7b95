# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnapshotPlan(Model):
    """The SnapshotPlan object of the CloudTower API.

    Fields: see docs/models/SnapshotPlan.md.
    """
    __slots__ = ()
    auto_delete_num = F('auto_delete_num', 'int', F.REQUIRED)
    auto_execute_num = F('auto_execute_num', 'int', F.REQUIRED)
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    end_time = F('end_time', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    exec_h_m = F('exec_h_m', 'object', F.NULLABLE)
    execute_intervals = F('execute_intervals', 'list[int]', F.REQUIRED)
    execute_plan_type = F('execute_plan_type', 'SnapshotPlanExecuteType', F.REQUIRED)
    execution_tasks = F('execution_tasks', 'list[NestedSnapshotPlanTask]', F.NULLABLE)
    healthy = F('healthy', 'bool', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    last_execute_end_time = F('last_execute_end_time', 'str', F.NULLABLE)
    last_execute_status = F('last_execute_status', 'SnapshotPlanExecuteStatus', F.REQUIRED)
    last_execute_time = F('last_execute_time', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    logical_size_bytes = F('logical_size_bytes', 'int', F.REQUIRED)
    manual_delete_num = F('manual_delete_num', 'int', F.REQUIRED)
    manual_execute_num = F('manual_execute_num', 'int', F.REQUIRED)
    mirror = F('mirror', 'bool', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    next_execute_time = F('next_execute_time', 'str', F.NULLABLE)
    object_num = F('object_num', 'int', F.REQUIRED)
    physical_size_bytes = F('physical_size_bytes', 'int', F.REQUIRED)
    remain_snapshot_num = F('remain_snapshot_num', 'int', F.REQUIRED)
    snapshot_group_num = F('snapshot_group_num', 'int', F.REQUIRED)
    start_time = F('start_time', 'str', F.REQUIRED)
    status = F('status', 'SnapshotPlanStatus', F.REQUIRED)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
