# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReplicaVm(Model):
    __slots__ = ()
    _declared = """
createdAt:created_at str R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
external_cloudtower NestedExternalCloudTower N
failover_test_object_descriptor NestedReplicationObjectDescriptor N
failover_test_replica_group str N
failover_test_vm NestedVm N
id str R
inbound bool N
iscsi_lun NestedIscsiLun N
object_descriptor NestedReplicationObjectDescriptor N
origin_iscsi_lun NestedIscsiLun N
origin_object_descriptor NestedReplicationObjectDescriptor R
origin_vm NestedVm N
origin_vm_cluster_local_id str N
origin_vm_cluster_name str N
origin_vm_local_id str N
origin_vm_name str N
replica_group str N
replication_group str N
replication_plan NestedReplicationPlan N
replication_service NestedReplicationService R
replication_target_executions list[NestedReplicationTargetExecution] N
restore_points list[NestedReplicationRestorePoint] N
state ReplicaVmState R
targets_deletable bool N
type ReplicationObjectType R
updatedAt:updated_at str R
vm NestedVm N
"""
