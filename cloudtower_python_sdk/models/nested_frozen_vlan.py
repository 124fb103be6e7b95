# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedFrozenVlan(Model):
    __slots__ = ()
    _declared = """
name str R
network_ids list[str] N
vds_ovs str R
vlan_id int R
vlan_local_id str R
"""
