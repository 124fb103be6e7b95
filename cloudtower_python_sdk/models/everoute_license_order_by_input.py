# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class EverouteLicenseOrderByInput(Enum):
    """Values of EverouteLicenseOrderByInput in the CloudTower API."""
    CODE_ASC = 'code_ASC'
    CODE_DESC = 'code_DESC'
    EXPIRE_DATE_ASC = 'expire_date_ASC'
    EXPIRE_DATE_DESC = 'expire_date_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    MAX_SOCKET_NUM_ASC = 'max_socket_num_ASC'
    MAX_SOCKET_NUM_DESC = 'max_socket_num_DESC'
    SERIAL_ASC = 'serial_ASC'
    SERIAL_DESC = 'serial_DESC'
    SIGN_DATE_ASC = 'sign_date_ASC'
    SIGN_DATE_DESC = 'sign_date_DESC'
    SOFTWARE_EDITION_ASC = 'software_edition_ASC'
    SOFTWARE_EDITION_DESC = 'software_edition_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    UID_ASC = 'uid_ASC'
    UID_DESC = 'uid_DESC'
    allowable_values = ['code_ASC', 'code_DESC', 'expire_date_ASC', 'expire_date_DESC', 'id_ASC', 'id_DESC', 'max_socket_num_ASC', 'max_socket_num_DESC', 'serial_ASC', 'serial_DESC', 'sign_date_ASC', 'sign_date_DESC', 'software_edition_ASC', 'software_edition_DESC', 'type_ASC', 'type_DESC', 'uid_ASC', 'uid_DESC']
