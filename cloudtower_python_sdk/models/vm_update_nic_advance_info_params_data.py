# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateNicAdvanceInfoParamsData(Model):
    _declared = """
connect_vlan_id str S
enabled bool S
mac_address str S
mirror bool S
nic_id str S
"""
