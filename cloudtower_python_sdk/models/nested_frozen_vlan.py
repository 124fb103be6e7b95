# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFrozenVlan(Model):
    _declared = """
name str RS
network_ids list[str] NS
vds_ovs str RS
vlan_id int RS
vlan_local_id str RS
"""
