# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VdsCreationWithMigrateVlanParamsAllOfVlan(Model):
    __slots__ = ()
    _declared = """
extra_ip list[VdsCreationWithMigrateVlanParamsAllOfVlanExtraIp] R
gateway_ip str
gateway_subnetmask str
subnetmask str R
vlan_id int R
"""
