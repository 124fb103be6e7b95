# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ReplicaVm(Model):
    """The ReplicaVm object of the CloudTower API.

    Fields: see docs/models/ReplicaVm.md.
    """
    __slots__ = ()
    created_at = F('createdAt', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    external_cloudtower = F('external_cloudtower', 'NestedExternalCloudTower', F.NULLABLE)
    failover_test_object_descriptor = F('failover_test_object_descriptor', 'NestedReplicationObjectDescriptor', F.NULLABLE)
    failover_test_replica_group = F('failover_test_replica_group', 'str', F.NULLABLE)
    failover_test_vm = F('failover_test_vm', 'NestedVm', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    inbound = F('inbound', 'bool', F.NULLABLE)
    iscsi_lun = F('iscsi_lun', 'NestedIscsiLun', F.NULLABLE)
    object_descriptor = F('object_descriptor', 'NestedReplicationObjectDescriptor', F.NULLABLE)
    origin_iscsi_lun = F('origin_iscsi_lun', 'NestedIscsiLun', F.NULLABLE)
    origin_object_descriptor = F('origin_object_descriptor', 'NestedReplicationObjectDescriptor', F.REQUIRED)
    origin_vm = F('origin_vm', 'NestedVm', F.NULLABLE)
    origin_vm_cluster_local_id = F('origin_vm_cluster_local_id', 'str', F.NULLABLE)
    origin_vm_cluster_name = F('origin_vm_cluster_name', 'str', F.NULLABLE)
    origin_vm_local_id = F('origin_vm_local_id', 'str', F.NULLABLE)
    origin_vm_name = F('origin_vm_name', 'str', F.NULLABLE)
    replica_group = F('replica_group', 'str', F.NULLABLE)
    replication_group = F('replication_group', 'str', F.NULLABLE)
    replication_plan = F('replication_plan', 'NestedReplicationPlan', F.NULLABLE)
    replication_service = F('replication_service', 'NestedReplicationService', F.REQUIRED)
    replication_target_executions = F('replication_target_executions', 'list[NestedReplicationTargetExecution]', F.NULLABLE)
    restore_points = F('restore_points', 'list[NestedReplicationRestorePoint]', F.NULLABLE)
    state = F('state', 'ReplicaVmState', F.REQUIRED)
    targets_deletable = F('targets_deletable', 'bool', F.NULLABLE)
    type = F('type', 'ReplicationObjectType', F.REQUIRED)
    updated_at = F('updatedAt', 'str', F.REQUIRED)
    vm = F('vm', 'NestedVm', F.NULLABLE)
