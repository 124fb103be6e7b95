# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedTemplateNic(Model):
    _declared = """
enabled bool NS
index int RS
ip_address str NS
mac_address str NS
mirror bool NS
model VmNicModel NS
type VmNicType NS
vlan NestedFrozenVlan R
vpc_nic NestedTemplateVpcNic N
"""
