# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudNatGatewayOrderByInput(Enum):
    """Values of VirtualPrivateCloudNatGatewayOrderByInput in the CloudTower API."""
    DNAT_RULES_ASC = 'dnat_rules_ASC'
    DNAT_RULES_DESC = 'dnat_rules_DESC'
    ENABLE_DNAT_ASC = 'enable_dnat_ASC'
    ENABLE_DNAT_DESC = 'enable_dnat_DESC'
    ENABLE_SNAT_ASC = 'enable_snat_ASC'
    ENABLE_SNAT_DESC = 'enable_snat_DESC'
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
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    allowable_values = ['dnat_rules_ASC', 'dnat_rules_DESC', 'enable_dnat_ASC', 'enable_dnat_DESC', 'enable_snat_ASC', 'enable_snat_DESC', 'entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'external_ip_ASC', 'external_ip_DESC', 'external_ips_ASC', 'external_ips_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'name_ASC', 'name_DESC']
