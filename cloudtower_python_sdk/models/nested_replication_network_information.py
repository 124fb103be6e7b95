# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedReplicationNetworkInformation(Model):
    _declared = """
cluster_local_id str RS
cluster_name str RS
network_ids list[str] NS
vds_name str NS
vlan_id int NS
vlan_local_id str RS
vlan_mode_type VlanModeType RS
vlan_name str RS
"""
