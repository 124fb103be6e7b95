# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SmtpServerOrderByInput(Enum):
    """Values of SmtpServerOrderByInput in the CloudTower API."""
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    HOST_ASC = 'host_ASC'
    HOST_DESC = 'host_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    PORT_ASC = 'port_ASC'
    PORT_DESC = 'port_DESC'
    SECURE_MODE_ASC = 'secure_mode_ASC'
    SECURE_MODE_DESC = 'secure_mode_DESC'
    USERNAME_ASC = 'username_ASC'
    USERNAME_DESC = 'username_DESC'
    allowable_values = ['description_ASC', 'description_DESC', 'host_ASC', 'host_DESC', 'id_ASC', 'id_DESC', 'name_ASC', 'name_DESC', 'port_ASC', 'port_DESC', 'secure_mode_ASC', 'secure_mode_DESC', 'username_ASC', 'username_DESC']
