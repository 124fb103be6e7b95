# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnapshotPlanTask(Model):
    """The SnapshotPlanTask object of the CloudTower API.

    Fields: see docs/models/SnapshotPlanTask.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    end_time = F('end_time', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    snapshot_group = F('snapshotGroup', 'NestedSnapshotGroup', F.NULLABLE)
    snapshot_plan = F('snapshotPlan', 'NestedSnapshotPlan', F.REQUIRED)
    start_time = F('start_time', 'str', F.REQUIRED)
    status = F('status', 'SnapshotPlanExecuteStatus', F.REQUIRED)
    type = F('type', 'SnapshotPlanTaskType', F.REQUIRED)
