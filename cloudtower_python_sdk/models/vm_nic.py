# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmNic(Model):
    __slots__ = ()
    _declared = """
egress_rate_limit_burst_in_bit float N
egress_rate_limit_enabled bool N
egress_rate_limit_max_rate_in_bitps float N
enabled bool N
gateway str N
id str R
ingress_rate_limit_burst_in_bit float N
ingress_rate_limit_enabled bool N
ingress_rate_limit_max_rate_in_bitps float N
interface_id str N
ip_address str N
local_id str R
mac_address str N
mirror bool N
model VmNicModel N
nic NestedNic N
order int N
subnet_mask str N
type VmNicType N
vlan NestedVlan N
vm NestedVm R
vpc_nic NestedVirtualPrivateCloudNic N
"""
