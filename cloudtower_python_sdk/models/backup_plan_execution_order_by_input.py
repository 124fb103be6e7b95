# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanExecutionOrderByInput(Enum):
    """Values of BackupPlanExecutionOrderByInput in the CloudTower API."""
    DELETABLE_FLAG_MARKED_ASC = 'deletable_flag_marked_ASC'
    DELETABLE_FLAG_MARKED_DESC = 'deletable_flag_marked_DESC'
    DURATION_ASC = 'duration_ASC'
    DURATION_DESC = 'duration_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    EXECUTED_AT_ASC = 'executed_at_ASC'
    EXECUTED_AT_DESC = 'executed_at_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    METHOD_ASC = 'method_ASC'
    METHOD_DESC = 'method_DESC'
    STATE_ASC = 'state_ASC'
    STATE_DESC = 'state_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    SUCCESS_JOB_COUNT_ASC = 'success_job_count_ASC'
    SUCCESS_JOB_COUNT_DESC = 'success_job_count_DESC'
    TOTAL_JOB_COUNT_ASC = 'total_job_count_ASC'
    TOTAL_JOB_COUNT_DESC = 'total_job_count_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['deletable_flag_marked_ASC', 'deletable_flag_marked_DESC', 'duration_ASC', 'duration_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'executed_at_ASC', 'executed_at_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'method_ASC', 'method_DESC', 'state_ASC', 'state_DESC', 'status_ASC', 'status_DESC', 'success_job_count_ASC', 'success_job_count_DESC', 'total_job_count_ASC', 'total_job_count_DESC', 'type_ASC', 'type_DESC']
