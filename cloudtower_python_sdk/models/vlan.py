# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Vlan(Model):
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
gateway_ip str NS
gateway_subnetmask str NS
id str RS
labels list[NestedLabel] N
local_id str RS
mode_type VlanModeType NS
name str RS
network_ids list[str] RS
qos_burst float NS
qos_max_bandwidth float NS
qos_min_bandwidth float NS
qos_priority int NS
subnetmask str NS
type NetworkType RS
vds NestedVds R
vlan_id int RS
vm_nics list[NestedVmNic] N
"""
