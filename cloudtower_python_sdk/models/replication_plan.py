# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReplicationPlan(Model):
    __slots__ = ()
    _declared = """
abort_window_unfinished bool N
activation_timestamp str N
compression bool R
createdAt:created_at str R
delete_strategy BackupPlanDeleteStrategy N
description str N
ec_k int N
ec_m int N
enable_window bool R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
external_cloudtower NestedExternalCloudTower N
id str R
inbound bool N
interval int R
ip_mapping list[NestedReplicationIPAddressMapping] R
iscsi_luns list[NestedIscsiLun] N
keep_mac_address bool N
keep_policy BackupPlanKeepPolicy N
keep_policy_value int N
last_execute_status BackupPlanExecutionStatus R
last_execute_status_message str N
last_execute_success_job_count int N
last_execute_total_job_count int N
last_executed_at str N
last_manual_execute_status BackupPlanExecutionStatus R
last_manual_execute_status_message str N
last_manual_execute_success_job_count int N
last_manual_execute_total_job_count int N
last_manual_executed_at str N
name str R
network_mapping list[NestedReplicationPlanNetworkMapping] R
next_execution_time str N
objects_descriptor list[NestedReplicationObjectDescriptor] R
period ReplicationPlanPeriod R
phase BackupPlanPhase N
replica_name_rule ReplicaNameRule R
replica_name_setting str N
replica_num int N
replica_vms list[NestedReplicaVm] N
replication_plan_executions list[NestedReplicationPlanExecution] N
replication_restore_points list[NestedReplicationRestorePoint] N
replication_target_executions list[NestedReplicationTargetExecution] N
resiliency_type ResiliencyType N
snapshot_consistent_type ConsistentType N
status BackupPlanStatus R
storage_policy VmVolumeElfStoragePolicyType R
target_cluster NestedCluster N
target_cluster_descriptor NestedReplicationClusterDescriptor R
target_replication_service NestedReplicationService R
thin_provision bool N
time_points list[NestedBackupPlanTimePoint] R
type ReplicationPlanType R
updatedAt:updated_at str R
vms list[NestedVm] N
weekdays list[WeekdayTypeEnum] N
window_end str N
window_start str N
"""
