# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmNicMetaData(Model):
    _declared = """
egress_rate_limit_burst_in_bit float NS
egress_rate_limit_enabled bool NS
egress_rate_limit_max_rate_in_bitps float NS
enabled bool NS
ingress_rate_limit_burst_in_bit float NS
ingress_rate_limit_enabled bool NS
ingress_rate_limit_max_rate_in_bitps float NS
local_id str NS
mac_address str NS
mirror bool NS
model str NS
vlan_local_id str NS
vlan_mode_type VlanModeType NS
vlan_name str NS
"""
