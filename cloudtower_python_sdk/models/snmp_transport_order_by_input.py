# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnmpTransportOrderByInput(Enum):
    """Values of SnmpTransportOrderByInput in the CloudTower API."""
    AUTH_PASS_PHRASE_ASC = 'auth_pass_phrase_ASC'
    AUTH_PASS_PHRASE_DESC = 'auth_pass_phrase_DESC'
    AUTH_PROTOCOL_ASC = 'auth_protocol_ASC'
    AUTH_PROTOCOL_DESC = 'auth_protocol_DESC'
    COMMUNITY_ASC = 'community_ASC'
    COMMUNITY_DESC = 'community_DESC'
    DISABLED_ASC = 'disabled_ASC'
    DISABLED_DESC = 'disabled_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PORT_ASC = 'port_ASC'
    PORT_DESC = 'port_DESC'
    PRIVACY_PASS_PHRASE_ASC = 'privacy_pass_phrase_ASC'
    PRIVACY_PASS_PHRASE_DESC = 'privacy_pass_phrase_DESC'
    PRIVACY_PROTOCOL_ASC = 'privacy_protocol_ASC'
    PRIVACY_PROTOCOL_DESC = 'privacy_protocol_DESC'
    PROTOCOL_ASC = 'protocol_ASC'
    PROTOCOL_DESC = 'protocol_DESC'
    USERNAME_ASC = 'username_ASC'
    USERNAME_DESC = 'username_DESC'
    VERSION_ASC = 'version_ASC'
    VERSION_DESC = 'version_DESC'
    allowable_values = ['auth_pass_phrase_ASC', 'auth_pass_phrase_DESC', 'auth_protocol_ASC', 'auth_protocol_DESC', 'community_ASC', 'community_DESC', 'disabled_ASC', 'disabled_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'port_ASC', 'port_DESC', 'privacy_pass_phrase_ASC', 'privacy_pass_phrase_DESC', 'privacy_protocol_ASC', 'privacy_protocol_DESC', 'protocol_ASC', 'protocol_DESC', 'username_ASC', 'username_DESC', 'version_ASC', 'version_DESC']
