# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudExternalSubnetOrderByInput(Enum):
    """Values of VirtualPrivateCloudExternalSubnetOrderByInput in the CloudTower API."""
    CIDR_ASC = 'cidr_ASC'
    CIDR_DESC = 'cidr_DESC'
    DESCRIPTION_ASC = 'description_ASC'
    DESCRIPTION_DESC = 'description_DESC'
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    EXCLUSIVE_ASC = 'exclusive_ASC'
    EXCLUSIVE_DESC = 'exclusive_DESC'
    FLOATING_IP_CIDR_ASC = 'floating_ip_cidr_ASC'
    FLOATING_IP_CIDR_DESC = 'floating_ip_cidr_DESC'
    GATEWAY_ASC = 'gateway_ASC'
    GATEWAY_DESC = 'gateway_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    NAT_GATEWAY_CIDR_ASC = 'nat_gateway_cidr_ASC'
    NAT_GATEWAY_CIDR_DESC = 'nat_gateway_cidr_DESC'
    ROUTER_GATEWAY_CIDR_ASC = 'router_gateway_cidr_ASC'
    ROUTER_GATEWAY_CIDR_DESC = 'router_gateway_cidr_DESC'
    allowable_values = ['cidr_ASC', 'cidr_DESC', 'description_ASC', 'description_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'exclusive_ASC', 'exclusive_DESC', 'floating_ip_cidr_ASC', 'floating_ip_cidr_DESC', 'gateway_ASC', 'gateway_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC', 'nat_gateway_cidr_ASC', 'nat_gateway_cidr_DESC', 'router_gateway_cidr_ASC', 'router_gateway_cidr_DESC']
