# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateNicParamsData(Model):
    __slots__ = ()
    _declared = """
connect_vlan_id str
enabled bool
gateway str
ip_address str
mac_address str
mirror bool
model VmNicModel
nic_id str
nic_index int R
subnet_mask str
vpc_nic UpdateVpcNicPayloads
"""
