# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupTargetExecutionOrderByInput(Enum):
    """Values of BackupTargetExecutionOrderByInput in the CloudTower API."""
    BACKUP_GROUP_ASC = 'backup_group_ASC'
    BACKUP_GROUP_DESC = 'backup_group_DESC'
    CLUSTER_LOCAL_ID_ASC = 'cluster_local_id_ASC'
    CLUSTER_LOCAL_ID_DESC = 'cluster_local_id_DESC'
    DURATION_ASC = 'duration_ASC'
    DURATION_DESC = 'duration_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    EXECUTED_AT_ASC = 'executed_at_ASC'
    EXECUTED_AT_DESC = 'executed_at_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    PARENT_BACKUP_ASC = 'parent_backup_ASC'
    PARENT_BACKUP_DESC = 'parent_backup_DESC'
    READ_BYTES_ASC = 'read_bytes_ASC'
    READ_BYTES_DESC = 'read_bytes_DESC'
    RETRY_TIMES_ASC = 'retry_times_ASC'
    RETRY_TIMES_DESC = 'retry_times_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    TOTAL_BYTES_ASC = 'total_bytes_ASC'
    TOTAL_BYTES_DESC = 'total_bytes_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    VM_LOCAL_ID_ASC = 'vm_local_id_ASC'
    VM_LOCAL_ID_DESC = 'vm_local_id_DESC'
    VM_NAME_ASC = 'vm_name_ASC'
    VM_NAME_DESC = 'vm_name_DESC'
    allowable_values = ['backup_group_ASC', 'backup_group_DESC', 'cluster_local_id_ASC', 'cluster_local_id_DESC', 'duration_ASC', 'duration_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'executed_at_ASC', 'executed_at_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'parent_backup_ASC', 'parent_backup_DESC', 'read_bytes_ASC', 'read_bytes_DESC', 'retry_times_ASC', 'retry_times_DESC', 'status_ASC', 'status_DESC', 'total_bytes_ASC', 'total_bytes_DESC', 'type_ASC', 'type_DESC', 'vm_local_id_ASC', 'vm_local_id_DESC', 'vm_name_ASC', 'vm_name_DESC']
