# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnapshotPlanTaskOrderByInput(Enum):
    """Values of SnapshotPlanTaskOrderByInput in the CloudTower API."""
    END_TIME_ASC = 'end_time_ASC'
    END_TIME_DESC = 'end_time_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INTERNAL_ASC = 'internal_ASC'
    INTERNAL_DESC = 'internal_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    START_TIME_ASC = 'start_time_ASC'
    START_TIME_DESC = 'start_time_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['end_time_ASC', 'end_time_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'internal_ASC', 'internal_DESC', 'local_id_ASC', 'local_id_DESC', 'start_time_ASC', 'start_time_DESC', 'status_ASC', 'status_DESC', 'type_ASC', 'type_DESC']
