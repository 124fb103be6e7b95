# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserAuditLogOrderByInput(Enum):
    """Values of UserAuditLogOrderByInput in the CloudTower API."""
    ACTION_ASC = 'action_ASC'
    ACTION_DESC = 'action_DESC'
    AUTH_TYPE_ASC = 'auth_type_ASC'
    AUTH_TYPE_DESC = 'auth_type_DESC'
    CREATEDAT_ASC = 'createdAt_ASC'
    CREATEDAT_DESC = 'createdAt_DESC'
    FINISHED_AT_ASC = 'finished_at_ASC'
    FINISHED_AT_DESC = 'finished_at_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IP_ADDRESS_ASC = 'ip_address_ASC'
    IP_ADDRESS_DESC = 'ip_address_DESC'
    MESSAGE_ASC = 'message_ASC'
    MESSAGE_DESC = 'message_DESC'
    RESOURCE_ID_ASC = 'resource_id_ASC'
    RESOURCE_ID_DESC = 'resource_id_DESC'
    RESOURCE_TYPE_ASC = 'resource_type_ASC'
    RESOURCE_TYPE_DESC = 'resource_type_DESC'
    STARTED_AT_ASC = 'started_at_ASC'
    STARTED_AT_DESC = 'started_at_DESC'
    STATUS_ASC = 'status_ASC'
    STATUS_DESC = 'status_DESC'
    USERNAME_ASC = 'username_ASC'
    USERNAME_DESC = 'username_DESC'
    allowable_values = ['action_ASC', 'action_DESC', 'auth_type_ASC', 'auth_type_DESC', 'createdAt_ASC', 'createdAt_DESC', 'finished_at_ASC', 'finished_at_DESC', 'id_ASC', 'id_DESC', 'ip_address_ASC', 'ip_address_DESC', 'message_ASC', 'message_DESC', 'resource_id_ASC', 'resource_id_DESC', 'resource_type_ASC', 'resource_type_DESC', 'started_at_ASC', 'started_at_DESC', 'status_ASC', 'status_DESC', 'username_ASC', 'username_DESC']
