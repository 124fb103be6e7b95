# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnapshotGroupOrderByInput(Enum):
    """Values of SnapshotGroupOrderByInput in the CloudTower API."""
    DELETED_ASC = 'deleted_ASC'
    DELETED_DESC = 'deleted_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ESTIMATED_RECYCLING_TIME_ASC = 'estimated_recycling_time_ASC'
    ESTIMATED_RECYCLING_TIME_DESC = 'estimated_recycling_time_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INTERNAL_ASC = 'internal_ASC'
    INTERNAL_DESC = 'internal_DESC'
    KEEP_ASC = 'keep_ASC'
    KEEP_DESC = 'keep_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    LOGICAL_SIZE_BYTES_ASC = 'logical_size_bytes_ASC'
    LOGICAL_SIZE_BYTES_DESC = 'logical_size_bytes_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    OBJECT_NUM_ASC = 'object_num_ASC'
    OBJECT_NUM_DESC = 'object_num_DESC'
    VM_INFO_ASC = 'vm_info_ASC'
    VM_INFO_DESC = 'vm_info_DESC'
    allowable_values = ['deleted_ASC', 'deleted_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'estimated_recycling_time_ASC', 'estimated_recycling_time_DESC', 'id_ASC', 'id_DESC', 'internal_ASC', 'internal_DESC', 'keep_ASC', 'keep_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'logical_size_bytes_ASC', 'logical_size_bytes_DESC', 'name_ASC', 'name_DESC', 'object_num_ASC', 'object_num_DESC', 'vm_info_ASC', 'vm_info_DESC']
