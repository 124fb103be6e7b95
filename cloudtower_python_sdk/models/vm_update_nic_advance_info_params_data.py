# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VmUpdateNicAdvanceInfoParamsData(Model):
    __slots__ = ()
    _declared = """
connect_vlan_id str
enabled bool
mac_address str
mirror bool
nic_id str
"""
