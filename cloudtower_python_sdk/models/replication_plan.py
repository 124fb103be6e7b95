# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ReplicationPlan(Model):
    _declared = """
abort_window_unfinished bool NS
activation_timestamp str NS
compression bool RS
createdAt:created_at str RS
delete_strategy BackupPlanDeleteStrategy NS
description str NS
ec_k int NS
ec_m int NS
enable_window bool RS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
external_cloudtower NestedExternalCloudTower N
id str RS
inbound bool NS
interval int RS
ip_mapping list[NestedReplicationIPAddressMapping] R
iscsi_luns list[NestedIscsiLun] N
keep_mac_address bool NS
keep_policy BackupPlanKeepPolicy NS
keep_policy_value int NS
last_execute_status BackupPlanExecutionStatus RS
last_execute_status_message str NS
last_execute_success_job_count int NS
last_execute_total_job_count int NS
last_executed_at str NS
last_manual_execute_status BackupPlanExecutionStatus RS
last_manual_execute_status_message str NS
last_manual_execute_success_job_count int NS
last_manual_execute_total_job_count int NS
last_manual_executed_at str NS
name str RS
network_mapping list[NestedReplicationPlanNetworkMapping] R
next_execution_time str NS
objects_descriptor list[NestedReplicationObjectDescriptor] R
period ReplicationPlanPeriod RS
phase BackupPlanPhase NS
replica_name_rule ReplicaNameRule RS
replica_name_setting str NS
replica_num int NS
replica_vms list[NestedReplicaVm] N
replication_plan_executions list[NestedReplicationPlanExecution] N
replication_restore_points list[NestedReplicationRestorePoint] N
replication_target_executions list[NestedReplicationTargetExecution] N
resiliency_type ResiliencyType NS
snapshot_consistent_type ConsistentType NS
status BackupPlanStatus RS
storage_policy VmVolumeElfStoragePolicyType RS
target_cluster NestedCluster N
target_cluster_descriptor NestedReplicationClusterDescriptor R
target_replication_service NestedReplicationService R
thin_provision bool NS
time_points list[NestedBackupPlanTimePoint] R
type ReplicationPlanType RS
updatedAt:updated_at str RS
vms list[NestedVm] N
weekdays list[WeekdayTypeEnum] NS
window_end str NS
window_start str NS
"""
