# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ZoneTopoWhereInput(Model):
    _declared = """
AND:_and list[ZoneTopoWhereInput] N
NOT:_not list[ZoneTopoWhereInput] N
OR:_or list[ZoneTopoWhereInput] N
cluster ClusterWhereInput N
cluster_topo ClusterTopoWhereInput N
id str NS
id_contains str NS
id_ends_with str NS
id_gt str NS
id_gte str NS
id_in list[str] NS
id_lt str NS
id_lte str NS
id_not str NS
id_not_contains str NS
id_not_ends_with str NS
id_not_in list[str] NS
id_not_starts_with str NS
id_starts_with str NS
local_id str NS
local_id_contains str NS
local_id_ends_with str NS
local_id_gt str NS
local_id_gte str NS
local_id_in list[str] NS
local_id_lt str NS
local_id_lte str NS
local_id_not str NS
local_id_not_contains str NS
local_id_not_ends_with str NS
local_id_not_in list[str] NS
local_id_not_starts_with str NS
local_id_starts_with str NS
rack_topoes_every RackTopoWhereInput N
rack_topoes_none RackTopoWhereInput N
rack_topoes_some RackTopoWhereInput N
"""
