# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateNicParamsData(Model):
    _declared = """
connect_vlan_id str S
enabled bool S
gateway str S
ip_address str S
mac_address str S
mirror bool S
model VmNicModel S
nic_id str S
nic_index int RS
subnet_mask str S
vpc_nic UpdateVpcNicPayloads
"""
