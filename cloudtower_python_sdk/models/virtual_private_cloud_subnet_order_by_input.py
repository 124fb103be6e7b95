# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudSubnetOrderByInput(Enum):
    """Values of VirtualPrivateCloudSubnetOrderByInput in the CloudTower API."""
    CIDR_ASC = 'cidr_ASC'
    CIDR_DESC = 'cidr_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    GATEWAY_ASC = 'gateway_ASC'
    GATEWAY_DESC = 'gateway_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    IP_POOLS_ASC = 'ip_pools_ASC'
    IP_POOLS_DESC = 'ip_pools_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    TOTAL_IP_COUNT_ASC = 'total_ip_count_ASC'
    TOTAL_IP_COUNT_DESC = 'total_ip_count_DESC'
    UNUSED_IP_COUNT_ASC = 'unused_ip_count_ASC'
    UNUSED_IP_COUNT_DESC = 'unused_ip_count_DESC'
    allowable_values = ['cidr_ASC', 'cidr_DESC', 'description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'gateway_ASC', 'gateway_DESC', 'id_ASC', 'id_DESC', 'ip_pools_ASC', 'ip_pools_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'total_ip_count_ASC', 'total_ip_count_DESC', 'unused_ip_count_ASC', 'unused_ip_count_DESC']
