# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class AlertOrderByInput(Enum):
    """Values of AlertOrderByInput in the CloudTower API."""
    CAUSE_ASC = 'cause_ASC'
    CAUSE_DESC = 'cause_DESC'
    CREATE_TIME_ASC = 'create_time_ASC'
    CREATE_TIME_DESC = 'create_time_DESC'
    ENDED_ASC = 'ended_ASC'
    ENDED_DESC = 'ended_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IMPACT_ASC = 'impact_ASC'
    IMPACT_DESC = 'impact_DESC'
    LABELS_ASC = 'labels_ASC'
    LABELS_DESC = 'labels_DESC'
    LOCAL_CREATE_TIME_ASC = 'local_create_time_ASC'
    LOCAL_CREATE_TIME_DESC = 'local_create_time_DESC'
    LOCAL_END_TIME_ASC = 'local_end_time_ASC'
    LOCAL_END_TIME_DESC = 'local_end_time_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    LOCAL_START_TIME_ASC = 'local_start_time_ASC'
    LOCAL_START_TIME_DESC = 'local_start_time_DESC'
    LOCAL_UPDATE_TIME_ASC = 'local_update_time_ASC'
    LOCAL_UPDATE_TIME_DESC = 'local_update_time_DESC'
    MESSAGE_ASC = 'message_ASC'
    MESSAGE_DESC = 'message_DESC'
    SEVERITY_ASC = 'severity_ASC'
    SEVERITY_DESC = 'severity_DESC'
    SOLUTION_ASC = 'solution_ASC'
    SOLUTION_DESC = 'solution_DESC'
    THRESHOLD_ASC = 'threshold_ASC'
    THRESHOLD_DESC = 'threshold_DESC'
    VALUE_ASC = 'value_ASC'
    VALUE_DESC = 'value_DESC'
    allowable_values = ['cause_ASC', 'cause_DESC', 'create_time_ASC', 'create_time_DESC', 'ended_ASC', 'ended_DESC', 'id_ASC', 'id_DESC', 'impact_ASC', 'impact_DESC', 'labels_ASC', 'labels_DESC', 'local_create_time_ASC', 'local_create_time_DESC', 'local_end_time_ASC', 'local_end_time_DESC', 'local_id_ASC', 'local_id_DESC', 'local_start_time_ASC', 'local_start_time_DESC', 'local_update_time_ASC', 'local_update_time_DESC', 'message_ASC', 'message_DESC', 'severity_ASC', 'severity_DESC', 'solution_ASC', 'solution_DESC', 'threshold_ASC', 'threshold_DESC', 'value_ASC', 'value_DESC']
