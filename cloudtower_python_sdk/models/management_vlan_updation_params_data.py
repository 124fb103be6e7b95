# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ManagementVlanUpdationParamsData(Model):
    __slots__ = ()
    _declared = """
extra_ip list[ExtraIp]
gateway_ip str
subnetmask str
vlan_id int
"""
