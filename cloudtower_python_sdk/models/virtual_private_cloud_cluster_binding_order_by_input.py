# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VirtualPrivateCloudClusterBindingOrderByInput(Enum):
    """Values of VirtualPrivateCloudClusterBindingOrderByInput in the CloudTower API."""
    ENTITYASYNCSTATUS_ASC = 'entityAsyncStatus_ASC'
    ENTITYASYNCSTATUS_DESC = 'entityAsyncStatus_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    MTU_ASC = 'mtu_ASC'
    MTU_DESC = 'mtu_DESC'
    VLAN_ID_ASC = 'vlan_id_ASC'
    VLAN_ID_DESC = 'vlan_id_DESC'
    allowable_values = ['entityAsyncStatus_ASC', 'entityAsyncStatus_DESC', 'id_ASC', 'id_DESC', 'mtu_ASC', 'mtu_DESC', 'vlan_id_ASC', 'vlan_id_DESC']
