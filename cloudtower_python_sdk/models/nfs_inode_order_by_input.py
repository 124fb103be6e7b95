# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NfsInodeOrderByInput(Enum):
    """Values of NfsInodeOrderByInput in the CloudTower API."""
    ASSIGNED_SIZE_ASC = 'assigned_size_ASC'
    ASSIGNED_SIZE_DESC = 'assigned_size_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    FILE_ASC = 'file_ASC'
    FILE_DESC = 'file_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    LOCAL_UPDATED_AT_ASC = 'local_updated_at_ASC'
    LOCAL_UPDATED_AT_DESC = 'local_updated_at_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PARENT_ID_ASC = 'parent_id_ASC'
    PARENT_ID_DESC = 'parent_id_DESC'
    SHARED_SIZE_ASC = 'shared_size_ASC'
    SHARED_SIZE_DESC = 'shared_size_DESC'
    SNAPSHOT_NUM_ASC = 'snapshot_num_ASC'
    SNAPSHOT_NUM_DESC = 'snapshot_num_DESC'
    UNIQUE_LOGICAL_SIZE_ASC = 'unique_logical_size_ASC'
    UNIQUE_LOGICAL_SIZE_DESC = 'unique_logical_size_DESC'
    UNIQUE_SIZE_ASC = 'unique_size_ASC'
    UNIQUE_SIZE_DESC = 'unique_size_DESC'
    allowable_values = ['assigned_size_ASC', 'assigned_size_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'file_ASC', 'file_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'local_updated_at_ASC', 'local_updated_at_DESC', 'name_ASC', 'name_DESC', 'parent_id_ASC', 'parent_id_DESC', 'shared_size_ASC', 'shared_size_DESC', 'snapshot_num_ASC', 'snapshot_num_DESC', 'unique_logical_size_ASC', 'unique_logical_size_DESC', 'unique_size_ASC', 'unique_size_DESC']
