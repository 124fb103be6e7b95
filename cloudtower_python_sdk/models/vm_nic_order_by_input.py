# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmNicOrderByInput(Enum):
    """Values of VmNicOrderByInput in the CloudTower API."""
    EGRESS_RATE_LIMIT_BURST_IN_BIT_ASC = 'egress_rate_limit_burst_in_bit_ASC'
    EGRESS_RATE_LIMIT_BURST_IN_BIT_DESC = 'egress_rate_limit_burst_in_bit_DESC'
    EGRESS_RATE_LIMIT_ENABLED_ASC = 'egress_rate_limit_enabled_ASC'
    EGRESS_RATE_LIMIT_ENABLED_DESC = 'egress_rate_limit_enabled_DESC'
    EGRESS_RATE_LIMIT_MAX_RATE_IN_BITPS_ASC = 'egress_rate_limit_max_rate_in_bitps_ASC'
    EGRESS_RATE_LIMIT_MAX_RATE_IN_BITPS_DESC = 'egress_rate_limit_max_rate_in_bitps_DESC'
    ENABLED_ASC = 'enabled_ASC'
    ENABLED_DESC = 'enabled_DESC'
    GATEWAY_ASC = 'gateway_ASC'
    GATEWAY_DESC = 'gateway_DESC'
    ID_ASC = 'id_ASC'
    ID_DESC = 'id_DESC'
    INGRESS_RATE_LIMIT_BURST_IN_BIT_ASC = 'ingress_rate_limit_burst_in_bit_ASC'
    INGRESS_RATE_LIMIT_BURST_IN_BIT_DESC = 'ingress_rate_limit_burst_in_bit_DESC'
    INGRESS_RATE_LIMIT_ENABLED_ASC = 'ingress_rate_limit_enabled_ASC'
    INGRESS_RATE_LIMIT_ENABLED_DESC = 'ingress_rate_limit_enabled_DESC'
    INGRESS_RATE_LIMIT_MAX_RATE_IN_BITPS_ASC = 'ingress_rate_limit_max_rate_in_bitps_ASC'
    INGRESS_RATE_LIMIT_MAX_RATE_IN_BITPS_DESC = 'ingress_rate_limit_max_rate_in_bitps_DESC'
    INTERFACE_ID_ASC = 'interface_id_ASC'
    INTERFACE_ID_DESC = 'interface_id_DESC'
    IP_ADDRESS_ASC = 'ip_address_ASC'
    IP_ADDRESS_DESC = 'ip_address_DESC'
    LOCAL_ID_ASC = 'local_id_ASC'
    LOCAL_ID_DESC = 'local_id_DESC'
    MAC_ADDRESS_ASC = 'mac_address_ASC'
    MAC_ADDRESS_DESC = 'mac_address_DESC'
    MIRROR_ASC = 'mirror_ASC'
    MIRROR_DESC = 'mirror_DESC'
    MODEL_ASC = 'model_ASC'
    MODEL_DESC = 'model_DESC'
    ORDER_ASC = 'order_ASC'
    ORDER_DESC = 'order_DESC'
    SUBNET_MASK_ASC = 'subnet_mask_ASC'
    SUBNET_MASK_DESC = 'subnet_mask_DESC'
    TYPE_ASC = 'type_ASC'
    TYPE_DESC = 'type_DESC'
    allowable_values = ['egress_rate_limit_burst_in_bit_ASC', 'egress_rate_limit_burst_in_bit_DESC', 'egress_rate_limit_enabled_ASC', 'egress_rate_limit_enabled_DESC', 'egress_rate_limit_max_rate_in_bitps_ASC', 'egress_rate_limit_max_rate_in_bitps_DESC', 'enabled_ASC', 'enabled_DESC', 'gateway_ASC', 'gateway_DESC', 'id_ASC', 'id_DESC', 'ingress_rate_limit_burst_in_bit_ASC', 'ingress_rate_limit_burst_in_bit_DESC', 'ingress_rate_limit_enabled_ASC', 'ingress_rate_limit_enabled_DESC', 'ingress_rate_limit_max_rate_in_bitps_ASC', 'ingress_rate_limit_max_rate_in_bitps_DESC', 'interface_id_ASC', 'interface_id_DESC', 'ip_address_ASC', 'ip_address_DESC', 'local_id_ASC', 'local_id_DESC', 'mac_address_ASC', 'mac_address_DESC', 'mirror_ASC', 'mirror_DESC', 'model_ASC', 'model_DESC', 'order_ASC', 'order_DESC', 'subnet_mask_ASC', 'subnet_mask_DESC', 'type_ASC', 'type_DESC']
