# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Vds(Model):
    __slots__ = ()
    _declared = """
bond_mode str R
cluster NestedCluster R
entityAsyncStatus:entity_async_status EntityAsyncStatus N
everoute_cluster NestedEverouteCluster N
id str R
internal bool R
labels list[NestedLabel] N
local_id str R
name str R
nics list[NestedNic] N
ovsbr_name str R
type NetworkType R
vlans list[NestedVlan] N
vlans_num int R
work_mode str N
"""
