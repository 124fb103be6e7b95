# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReplicaVm(Model):
    _declared = """
createdAt:created_at str RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
external_cloudtower NestedExternalCloudTower N
failover_test_object_descriptor NestedReplicationObjectDescriptor N
failover_test_replica_group str NS
failover_test_vm NestedVm N
id str RS
inbound bool NS
iscsi_lun NestedIscsiLun N
object_descriptor NestedReplicationObjectDescriptor N
origin_iscsi_lun NestedIscsiLun N
origin_object_descriptor NestedReplicationObjectDescriptor R
origin_vm NestedVm N
origin_vm_cluster_local_id str NS
origin_vm_cluster_name str NS
origin_vm_local_id str NS
origin_vm_name str NS
replica_group str NS
replication_group str NS
replication_plan NestedReplicationPlan N
replication_service NestedReplicationService R
replication_target_executions list[NestedReplicationTargetExecution] N
restore_points list[NestedReplicationRestorePoint] N
state ReplicaVmState RS
targets_deletable bool NS
type ReplicationObjectType RS
updatedAt:updated_at str RS
vm NestedVm N
"""
