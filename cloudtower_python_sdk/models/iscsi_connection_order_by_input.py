# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class IscsiConnectionOrderByInput(Enum):
    """Values of IscsiConnectionOrderByInput in the CloudTower API."""
    CLIENT_PORT_ASC = 'client_port_ASC'
    CLIENT_PORT_DESC = 'client_port_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INITIATOR_IP_ASC = 'initiator_ip_ASC'
    INITIATOR_IP_DESC = 'initiator_ip_DESC'
    TR_TYPE_ASC = 'tr_type_ASC'
    TR_TYPE_DESC = 'tr_type_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['client_port_ASC', 'client_port_DESC', 'id_ASC', 'id_DESC', 'initiator_ip_ASC', 'initiator_ip_DESC', 'tr_type_ASC', 'tr_type_DESC', 'type_ASC', 'type_DESC']
