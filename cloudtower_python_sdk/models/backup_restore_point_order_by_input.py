# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupRestorePointOrderByInput(Enum):
    """Values of BackupRestorePointOrderByInput in the CloudTower API."""
    CLUSTER_LOCAL_ID_ASC = 'cluster_local_id_ASC'
    CLUSTER_LOCAL_ID_DESC = 'cluster_local_id_DESC'
    COMPRESSED_ASC = 'compressed_ASC'
    COMPRESSED_DESC = 'compressed_DESC'
    COMPRESSION_RATIO_ASC = 'compression_ratio_ASC'
    COMPRESSION_RATIO_DESC = 'compression_ratio_DESC'
    CREATION_ASC = 'creation_ASC'
    CREATION_DESC = 'creation_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    LOGICAL_SIZE_ASC = 'logical_size_ASC'
    LOGICAL_SIZE_DESC = 'logical_size_DESC'
    PARENT_RESTORE_POINT_ASC = 'parent_restore_point_ASC'
    PARENT_RESTORE_POINT_DESC = 'parent_restore_point_DESC'
    PHYSICAL_SIZE_ASC = 'physical_size_ASC'
    PHYSICAL_SIZE_DESC = 'physical_size_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    SLICE_ASC = 'slice_ASC'
    SLICE_DESC = 'slice_DESC'
    SNAPSHOT_CONSISTENT_TYPE_ASC = 'snapshot_consistent_type_ASC'
    SNAPSHOT_CONSISTENT_TYPE_DESC = 'snapshot_consistent_type_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    VALID_CAPACITY_ASC = 'valid_capacity_ASC'
    VALID_CAPACITY_DESC = 'valid_capacity_DESC'
    VALID_SIZE_ASC = 'valid_size_ASC'
    VALID_SIZE_DESC = 'valid_size_DESC'
    VM_LOCAL_ID_ASC = 'vm_local_id_ASC'
    VM_LOCAL_ID_DESC = 'vm_local_id_DESC'
    VM_NAME_ASC = 'vm_name_ASC'
    VM_NAME_DESC = 'vm_name_DESC'
    allowable_values = ['cluster_local_id_ASC', 'cluster_local_id_DESC', 'compressed_ASC', 'compressed_DESC', 'compression_ratio_ASC', 'compression_ratio_DESC', 'creation_ASC', 'creation_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'logical_size_ASC', 'logical_size_DESC', 'parent_restore_point_ASC', 'parent_restore_point_DESC', 'physical_size_ASC', 'physical_size_DESC', 'size_ASC', 'size_DESC', 'slice_ASC', 'slice_DESC', 'snapshot_consistent_type_ASC', 'snapshot_consistent_type_DESC', 'type_ASC', 'type_DESC', 'valid_capacity_ASC', 'valid_capacity_DESC', 'valid_size_ASC', 'valid_size_DESC', 'vm_local_id_ASC', 'vm_local_id_DESC', 'vm_name_ASC', 'vm_name_DESC']
