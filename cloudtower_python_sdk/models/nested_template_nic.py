# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedTemplateNic(Model):
    __slots__ = ()
    _declared = """
enabled bool N
index int R
ip_address str N
mac_address str N
mirror bool N
model VmNicModel N
type VmNicType N
vlan NestedFrozenVlan R
vpc_nic NestedTemplateVpcNic N
"""
