# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupRestoreExecutionOrderByInput(Enum):
    """Values of BackupRestoreExecutionOrderByInput in the CloudTower API."""
    DURATION_ASC = 'duration_ASC'
    DURATION_DESC = 'duration_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    EXECUTED_AT_ASC = 'executed_at_ASC'
    EXECUTED_AT_DESC = 'executed_at_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    MODE_ASC = 'mode_ASC'
    MODE_DESC = 'mode_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    READ_BYTES_ASC = 'read_bytes_ASC'
    READ_BYTES_DESC = 'read_bytes_DESC'
    REBUILD_NAME_ASC = 'rebuild_name_ASC'
    REBUILD_NAME_DESC = 'rebuild_name_DESC'
    REBUILD_NETWORK_MAPPING_ASC = 'rebuild_network_mapping_ASC'
    REBUILD_NETWORK_MAPPING_DESC = 'rebuild_network_mapping_DESC'
    REBUILD_TARGET_CLUSTER_ASC = 'rebuild_target_cluster_ASC'
    REBUILD_TARGET_CLUSTER_DESC = 'rebuild_target_cluster_DESC'
    RETRY_TIMES_ASC = 'retry_times_ASC'
    RETRY_TIMES_DESC = 'retry_times_DESC'
    STARTUP_AFTER_RESTORE_ASC = 'startup_after_restore_ASC'
    STARTUP_AFTER_RESTORE_DESC = 'startup_after_restore_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    TOTAL_BYTES_ASC = 'total_bytes_ASC'
    TOTAL_BYTES_DESC = 'total_bytes_DESC'
    allowable_values = ['duration_ASC', 'duration_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'executed_at_ASC', 'executed_at_DESC', 'id_ASC', 'id_DESC', 'mode_ASC', 'mode_DESC', 'name_ASC', 'name_DESC', 'read_bytes_ASC', 'read_bytes_DESC', 'rebuild_name_ASC', 'rebuild_name_DESC', 'rebuild_network_mapping_ASC', 'rebuild_network_mapping_DESC', 'rebuild_target_cluster_ASC', 'rebuild_target_cluster_DESC', 'retry_times_ASC', 'retry_times_DESC', 'startup_after_restore_ASC', 'startup_after_restore_DESC', 'status_ASC', 'status_DESC', 'total_bytes_ASC', 'total_bytes_DESC']
