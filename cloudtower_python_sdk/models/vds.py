# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Vds(Model):
    _declared = """
bond_mode str RS
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
everoute_cluster NestedEverouteCluster N
id str RS
internal bool RS
labels list[NestedLabel] N
local_id str RS
name str RS
nics list[NestedNic] N
ovsbr_name str RS
type NetworkType RS
vlans list[NestedVlan] N
vlans_num int RS
work_mode str NS
"""
