# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

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
