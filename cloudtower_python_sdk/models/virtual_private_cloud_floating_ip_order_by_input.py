# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudFloatingIpOrderByInput(Enum):
    """Values of VirtualPrivateCloudFloatingIpOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    EXTERNAL_IP_ASC = 'external_ip_ASC'
    EXTERNAL_IP_DESC = 'external_ip_DESC'
    EXTERNAL_IPS_ASC = 'external_ips_ASC'
    EXTERNAL_IPS_DESC = 'external_ips_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'external_ip_ASC', 'external_ip_DESC', 'external_ips_ASC', 'external_ips_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC']
