# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VdsCreationWithMAccessVlanParams(Model):
    _declared = """
bond_mode str S
cluster_id str RS
name str RS
nic_ids list[str] RS
vlan VdsCreationWithMigrateVlanParamsAllOfVlan R
work_mode str S
"""
