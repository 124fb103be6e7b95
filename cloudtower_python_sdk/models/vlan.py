# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Vlan(Model):
    __slots__ = ()
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus N
gateway_ip str N
gateway_subnetmask str N
id str R
labels list[NestedLabel] N
local_id str R
mode_type VlanModeType N
name str R
network_ids list[str] R
qos_burst float N
qos_max_bandwidth float N
qos_min_bandwidth float N
qos_priority int N
subnetmask str N
type NetworkType R
vds NestedVds R
vlan_id int R
vm_nics list[NestedVmNic] N
"""
