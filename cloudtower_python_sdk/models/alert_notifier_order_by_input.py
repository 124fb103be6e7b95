# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class AlertNotifierOrderByInput(Enum):
    """Values of AlertNotifierOrderByInput in the CloudTower API."""
    DISABLED_ASC = 'disabled_ASC'
    DISABLED_DESC = 'disabled_DESC'
    EMAIL_FROM_ASC = 'email_from_ASC'
    EMAIL_FROM_DESC = 'email_from_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LANGUAGE_CODE_ASC = 'language_code_ASC'
    LANGUAGE_CODE_DESC = 'language_code_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    SECURITY_MODE_ASC = 'security_mode_ASC'
    SECURITY_MODE_DESC = 'security_mode_DESC'
    SMTP_SERVER_HOST_ASC = 'smtp_server_host_ASC'
    SMTP_SERVER_HOST_DESC = 'smtp_server_host_DESC'
    SMTP_SERVER_PORT_ASC = 'smtp_server_port_ASC'
    SMTP_SERVER_PORT_DESC = 'smtp_server_port_DESC'
    USERNAME_ASC = 'username_ASC'
    USERNAME_DESC = 'username_DESC'
    allowable_values = ['disabled_ASC', 'disabled_DESC', 'email_from_ASC', 'email_from_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'language_code_ASC', 'language_code_DESC', 'name_ASC', 'name_DESC', 'security_mode_ASC', 'security_mode_DESC', 'smtp_server_host_ASC', 'smtp_server_host_DESC', 'smtp_server_port_ASC', 'smtp_server_port_DESC', 'username_ASC', 'username_DESC']
