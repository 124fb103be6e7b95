# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VsphereEsxiAccountOrderByInput(Enum):
    """Values of VsphereEsxiAccountOrderByInput in the CloudTower API."""
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IP_ASC = 'ip_ASC'
    IP_DESC = 'ip_DESC'
    IS_VALID_ASC = 'is_valid_ASC'
    IS_VALID_DESC = 'is_valid_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    PORT_ASC = 'port_ASC'
    PORT_DESC = 'port_DESC'
    USERNAME_ASC = 'username_ASC'
    USERNAME_DESC = 'username_DESC'
    allowable_values = ['id_ASC', 'id_DESC', 'ip_ASC', 'ip_DESC', 'is_valid_ASC', 'is_valid_DESC', 'local_id_ASC', 'local_id_DESC', 'port_ASC', 'port_DESC', 'username_ASC', 'username_DESC']
