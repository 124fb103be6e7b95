# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFrozenNic(Model):
    __slots__ = ()
    _declared = """
enabled bool N
gateway str R
index int R
ip_address str R
mac_address str R
mirror bool N
model VmNicModel N
subnet_mask str R
vlan NestedFrozenVlan R
"""
