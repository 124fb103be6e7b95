# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnapshotGroup(Model):
    """The SnapshotGroup object of the CloudTower API.

    Fields: see docs/models/SnapshotGroup.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    deleted = F('deleted', 'bool', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    estimated_recycling_time = F('estimated_recycling_time', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    internal = F('internal', 'bool', F.NULLABLE)
    keep = F('keep', 'bool', F.REQUIRED)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    logical_size_bytes = F('logical_size_bytes', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    object_num = F('object_num', 'int', F.REQUIRED)
    snapshot_plan_task = F('snapshotPlanTask', 'NestedSnapshotPlanTask', F.REQUIRED)
    vm_info = F('vm_info', 'list[NestedSnapshotGroupVmInfo]', F.REQUIRED)
    vm_snapshots = F('vm_snapshots', 'list[NestedVmSnapshot]', F.NULLABLE)
