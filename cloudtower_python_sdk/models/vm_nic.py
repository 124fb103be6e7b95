# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmNic(Model):
    _declared = """
egress_rate_limit_burst_in_bit float NS
egress_rate_limit_enabled bool NS
egress_rate_limit_max_rate_in_bitps float NS
enabled bool NS
gateway str NS
id str RS
ingress_rate_limit_burst_in_bit float NS
ingress_rate_limit_enabled bool NS
ingress_rate_limit_max_rate_in_bitps float NS
interface_id str NS
ip_address str NS
local_id str RS
mac_address str NS
mirror bool NS
model VmNicModel NS
nic NestedNic N
order int NS
subnet_mask str NS
type VmNicType NS
vlan NestedVlan N
vm NestedVm R
vpc_nic NestedVirtualPrivateCloudNic N
"""
