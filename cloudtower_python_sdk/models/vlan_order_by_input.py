# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VlanOrderByInput(Enum):
    """Values of VlanOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    GATEWAY_IP_ASC = 'gateway_ip_ASC'
    GATEWAY_IP_DESC = 'gateway_ip_DESC'
    GATEWAY_SUBNETMASK_ASC = 'gateway_subnetmask_ASC'
    GATEWAY_SUBNETMASK_DESC = 'gateway_subnetmask_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MODE_TYPE_ASC = 'mode_type_ASC'
    MODE_TYPE_DESC = 'mode_type_DESC'
    NAME_ASC = 'name_ASC'
    NAME_DESC = 'name_DESC'
    QOS_BURST_ASC = 'qos_burst_ASC'
    QOS_BURST_DESC = 'qos_burst_DESC'
    QOS_MAX_BANDWIDTH_ASC = 'qos_max_bandwidth_ASC'
    QOS_MAX_BANDWIDTH_DESC = 'qos_max_bandwidth_DESC'
    QOS_MIN_BANDWIDTH_ASC = 'qos_min_bandwidth_ASC'
    QOS_MIN_BANDWIDTH_DESC = 'qos_min_bandwidth_DESC'
    QOS_PRIORITY_ASC = 'qos_priority_ASC'
    QOS_PRIORITY_DESC = 'qos_priority_DESC'
    SUBNETMASK_ASC = 'subnetmask_ASC'
    SUBNETMASK_DESC = 'subnetmask_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    VLAN_ID_ASC = 'vlan_id_ASC'
    VLAN_ID_DESC = 'vlan_id_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'gateway_ip_ASC', 'gateway_ip_DESC', 'gateway_subnetmask_ASC', 'gateway_subnetmask_DESC', 'id_ASC', 'id_DESC', 'local_id_ASC', 'local_id_DESC', 'mode_type_ASC', 'mode_type_DESC', 'name_ASC', 'name_DESC', 'qos_burst_ASC', 'qos_burst_DESC', 'qos_max_bandwidth_ASC', 'qos_max_bandwidth_DESC', 'qos_min_bandwidth_ASC', 'qos_min_bandwidth_DESC', 'qos_priority_ASC', 'qos_priority_DESC', 'subnetmask_ASC', 'subnetmask_DESC', 'type_ASC', 'type_DESC', 'vlan_id_ASC', 'vlan_id_DESC']
