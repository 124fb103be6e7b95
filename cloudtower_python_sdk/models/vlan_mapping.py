# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VlanMapping(Model):
    _declared = """
dest_vlan_local_id str RS
src_vlan_local_id str RS
"""
