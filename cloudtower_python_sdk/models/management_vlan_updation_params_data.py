# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ManagementVlanUpdationParamsData(Model):
    _declared = """
extra_ip list[ExtraIp]
gateway_ip str S
subnetmask str S
vlan_id int{0,4095} S
"""
