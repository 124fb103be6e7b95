# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterTopoWhereInput(Model):
    _declared = """
AND:_and list[ClusterTopoWhereInput] N
NOT:_not list[ClusterTopoWhereInput] N
OR:_or list[ClusterTopoWhereInput] N
brick_topoes_every BrickTopoWhereInput N
brick_topoes_none BrickTopoWhereInput N
brick_topoes_some BrickTopoWhereInput N
cluster ClusterWhereInput N
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
name str NS
name_contains str NS
name_ends_with str NS
name_gt str NS
name_gte str NS
name_in list[str] NS
name_lt str NS
name_lte str NS
name_not str NS
name_not_contains str NS
name_not_ends_with str NS
name_not_in list[str] NS
name_not_starts_with str NS
name_starts_with str NS
node_topoes_every NodeTopoWhereInput N
node_topoes_none NodeTopoWhereInput N
node_topoes_some NodeTopoWhereInput N
zone_topoes_every ZoneTopoWhereInput N
zone_topoes_none ZoneTopoWhereInput N
zone_topoes_some ZoneTopoWhereInput N
"""
