# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VdsCreationWithMigrateVlanParamsAllOfVlan(Model):
    _declared = """
extra_ip list[VdsCreationWithMigrateVlanParamsAllOfVlanExtraIp] R
gateway_ip str S
gateway_subnetmask str S
subnetmask str RS
vlan_id int RS
"""
