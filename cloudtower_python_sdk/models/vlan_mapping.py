# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VlanMapping(Model):
    __slots__ = ()
    _declared = """
dest_vlan_local_id str R
src_vlan_local_id str R
"""
