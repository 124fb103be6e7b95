# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFrozenNic(Model):
    _declared = """
enabled bool NS
gateway str RS
index int RS
ip_address str RS
mac_address str RS
mirror bool NS
model VmNicModel NS
subnet_mask str RS
vlan NestedFrozenVlan R
"""
