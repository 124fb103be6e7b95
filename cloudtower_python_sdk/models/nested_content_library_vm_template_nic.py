# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedContentLibraryVmTemplateNic(Model):
    __slots__ = ()
    _declared = """
egress_rate_limit_burst_in_bit float N
egress_rate_limit_enabled bool N
egress_rate_limit_max_rate_in_bitps float N
enabled bool N
index int R
ingress_rate_limit_burst_in_bit float N
ingress_rate_limit_enabled bool N
ingress_rate_limit_max_rate_in_bitps float N
mirror bool N
model VmNicModel N
type VmNicType N
vlan NestedFrozenVlan N
vpc_nic NestedTemplateVpcNic N
"""
