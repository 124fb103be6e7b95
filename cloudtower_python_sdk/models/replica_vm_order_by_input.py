# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ReplicaVmOrderByInput(Enum):
    """Values of ReplicaVmOrderByInput in the CloudTower API."""
    CREATEDAT_ASC = 'createdAt_ASC'
    CREATEDAT_DESC = 'createdAt_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    FAILOVER_TEST_OBJECT_DESCRIPTOR_ASC = 'failover_test_object_descriptor_ASC'
    FAILOVER_TEST_OBJECT_DESCRIPTOR_DESC = 'failover_test_object_descriptor_DESC'
    FAILOVER_TEST_REPLICA_GROUP_ASC = 'failover_test_replica_group_ASC'
    FAILOVER_TEST_REPLICA_GROUP_DESC = 'failover_test_replica_group_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INBOUND_ASC = 'inbound_ASC'
    INBOUND_DESC = 'inbound_DESC'
    OBJECT_DESCRIPTOR_ASC = 'object_descriptor_ASC'
    OBJECT_DESCRIPTOR_DESC = 'object_descriptor_DESC'
    ORIGIN_OBJECT_DESCRIPTOR_ASC = 'origin_object_descriptor_ASC'
    ORIGIN_OBJECT_DESCRIPTOR_DESC = 'origin_object_descriptor_DESC'
    ORIGIN_VM_CLUSTER_LOCAL_ID_ASC = 'origin_vm_cluster_local_id_ASC'
    ORIGIN_VM_CLUSTER_LOCAL_ID_DESC = 'origin_vm_cluster_local_id_DESC'
    ORIGIN_VM_CLUSTER_NAME_ASC = 'origin_vm_cluster_name_ASC'
    ORIGIN_VM_CLUSTER_NAME_DESC = 'origin_vm_cluster_name_DESC'
    ORIGIN_VM_LOCAL_ID_ASC = 'origin_vm_local_id_ASC'
    ORIGIN_VM_LOCAL_ID_DESC = 'origin_vm_local_id_DESC'
    ORIGIN_VM_NAME_ASC = 'origin_vm_name_ASC'
    ORIGIN_VM_NAME_DESC = 'origin_vm_name_DESC'
    REPLICA_GROUP_ASC = 'replica_group_ASC'
    REPLICA_GROUP_DESC = 'replica_group_DESC'
    REPLICATION_GROUP_ASC = 'replication_group_ASC'
    REPLICATION_GROUP_DESC = 'replication_group_DESC'
    STATE_ASC = 'state_ASC'
    STATE_DESC = 'state_DESC'
    TARGETS_DELETABLE_ASC = 'targets_deletable_ASC'
    TARGETS_DELETABLE_DESC = 'targets_deletable_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    UPDATEDAT_ASC = 'updatedAt_ASC'
    UPDATEDAT_DESC = 'updatedAt_DESC'
    allowable_values = ['createdAt_ASC', 'createdAt_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'failover_test_object_descriptor_ASC', 'failover_test_object_descriptor_DESC', 'failover_test_replica_group_ASC', 'failover_test_replica_group_DESC', 'id_ASC', 'id_DESC', 'inbound_ASC', 'inbound_DESC', 'object_descriptor_ASC', 'object_descriptor_DESC', 'origin_object_descriptor_ASC', 'origin_object_descriptor_DESC', 'origin_vm_cluster_local_id_ASC', 'origin_vm_cluster_local_id_DESC', 'origin_vm_cluster_name_ASC', 'origin_vm_cluster_name_DESC', 'origin_vm_local_id_ASC', 'origin_vm_local_id_DESC', 'origin_vm_name_ASC', 'origin_vm_name_DESC', 'replica_group_ASC', 'replica_group_DESC', 'replication_group_ASC', 'replication_group_DESC', 'state_ASC', 'state_DESC', 'targets_deletable_ASC', 'targets_deletable_DESC', 'type_ASC', 'type_DESC', 'updatedAt_ASC', 'updatedAt_DESC']
