# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmNicMetaData(Model):
    """The VmNicMetaData object of the CloudTower API.

    Fields: see docs/models/VmNicMetaData.md.
    """
    __slots__ = ()
    egress_rate_limit_burst_in_bit = F('egress_rate_limit_burst_in_bit', 'float', F.NULLABLE)
    egress_rate_limit_enabled = F('egress_rate_limit_enabled', 'bool', F.NULLABLE)
    egress_rate_limit_max_rate_in_bitps = F('egress_rate_limit_max_rate_in_bitps', 'float', F.NULLABLE)
    enabled = F('enabled', 'bool', F.NULLABLE)
    ingress_rate_limit_burst_in_bit = F('ingress_rate_limit_burst_in_bit', 'float', F.NULLABLE)
    ingress_rate_limit_enabled = F('ingress_rate_limit_enabled', 'bool', F.NULLABLE)
    ingress_rate_limit_max_rate_in_bitps = F('ingress_rate_limit_max_rate_in_bitps', 'float', F.NULLABLE)
    local_id = F('local_id', 'str', F.NULLABLE)
    mac_address = F('mac_address', 'str', F.NULLABLE)
    mirror = F('mirror', 'bool', F.NULLABLE)
    model = F('model', 'str', F.NULLABLE)
    vlan_local_id = F('vlan_local_id', 'str', F.NULLABLE)
    vlan_mode_type = F('vlan_mode_type', 'VlanModeType', F.NULLABLE)
    vlan_name = F('vlan_name', 'str', F.NULLABLE)
