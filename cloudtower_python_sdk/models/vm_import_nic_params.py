# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmImportNicParams(Model):
    _declared = """
connect_vlan_id str RS
enabled bool S
gateway str S
ip_address str S
local_id str S
mac_address str S
mirror bool S
model VmNicModel S
nic_id str S
subnet_mask str S
"""
