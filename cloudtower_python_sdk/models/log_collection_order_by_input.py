# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class LogCollectionOrderByInput(Enum):
    """Values of LogCollectionOrderByInput in the CloudTower API."""
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    LOG_ENDED_AT_ASC = 'log_ended_at_ASC'
    LOG_ENDED_AT_DESC = 'log_ended_at_DESC'
    LOG_STARTED_AT_ASC = 'log_started_at_ASC'
    LOG_STARTED_AT_DESC = 'log_started_at_DESC'
    OWNER_ASC = 'owner_ASC'
    OWNER_DESC = 'owner_DESC'
    PATH_ASC = 'path_ASC'
    PATH_DESC = 'path_DESC'
    PROGRESS_ASC = 'progress_ASC'
    PROGRESS_DESC = 'progress_DESC'
    SERVICE_GROUPS_ASC = 'service_groups_ASC'
    SERVICE_GROUPS_DESC = 'service_groups_DESC'
    SIZE_ASC = 'size_ASC'
    SIZE_DESC = 'size_DESC'
    STARTED_AT_ASC = 'started_at_ASC'
    STARTED_AT_DESC = 'started_at_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    allowable_values = ['id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'log_ended_at_ASC', 'log_ended_at_DESC', 'log_started_at_ASC', 'log_started_at_DESC', 'owner_ASC', 'owner_DESC', 'path_ASC', 'path_DESC', 'progress_ASC', 'progress_DESC', 'service_groups_ASC', 'service_groups_DESC', 'size_ASC', 'size_DESC', 'started_at_ASC', 'started_at_DESC', 'status_ASC', 'status_DESC']
