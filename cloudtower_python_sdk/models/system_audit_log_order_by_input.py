# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SystemAuditLogOrderByInput(Enum):
    """Values of SystemAuditLogOrderByInput in the CloudTower API."""
    ACTION_ASC = 'action_ASC'
    ACTION_DESC = 'action_DESC'
    FINISHED_AT_ASC = 'finished_at_ASC'
    FINISHED_AT_DESC = 'finished_at_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_CREATED_AT_ASC = 'local_created_at_ASC'
    LOCAL_CREATED_AT_DESC = 'local_created_at_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MESSAGE_ASC = 'message_ASC'
    MESSAGE_DESC = 'message_DESC'
    RESOURCE_ID_ASC = 'resource_id_ASC'
    RESOURCE_ID_DESC = 'resource_id_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    allowable_values = ['action_ASC', 'action_DESC', 'finished_at_ASC', 'finished_at_DESC', 'id_ASC', 'id_DESC', 'local_created_at_ASC', 'local_created_at_DESC', 'local_id_ASC', 'local_id_DESC', 'message_ASC', 'message_DESC', 'resource_id_ASC', 'resource_id_DESC', 'status_ASC', 'status_DESC']
