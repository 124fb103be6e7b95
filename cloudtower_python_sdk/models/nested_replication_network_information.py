# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedReplicationNetworkInformation(Model):
    __slots__ = ()
    _declared = """
cluster_local_id str R
cluster_name str R
network_ids list[str] N
vds_name str N
vlan_id int N
vlan_local_id str R
vlan_mode_type VlanModeType R
vlan_name str R
"""
