# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class IpmiOrderByInput(Enum):
    """Values of IpmiOrderByInput in the CloudTower API."""
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IP_ASC = 'ip_ASC'
    IP_DESC = 'ip_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    USERNAME_ASC = 'username_ASC'
    USERNAME_DESC = 'username_DESC'
    VALID_ASC = 'valid_ASC'
    VALID_DESC = 'valid_DESC'
    allowable_values = ['id_ASC', 'id_DESC', 'ip_ASC', 'ip_DESC', 'local_id_ASC', 'local_id_DESC', 'username_ASC', 'username_DESC', 'valid_ASC', 'valid_DESC']
