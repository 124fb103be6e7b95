# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IpmiWhereInput(Model):
    _declared = """
AND:_and list[IpmiWhereInput] N
NOT:_not list[IpmiWhereInput] N
OR:_or list[IpmiWhereInput] N
host HostWhereInput N
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
ip str NS
ip_contains str NS
ip_ends_with str NS
ip_gt str NS
ip_gte str NS
ip_in list[str] NS
ip_lt str NS
ip_lte str NS
ip_not str NS
ip_not_contains str NS
ip_not_ends_with str NS
ip_not_in list[str] NS
ip_not_starts_with str NS
ip_starts_with str NS
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
username str NS
username_contains str NS
username_ends_with str NS
username_gt str NS
username_gte str NS
username_in list[str] NS
username_lt str NS
username_lte str NS
username_not str NS
username_not_contains str NS
username_not_ends_with str NS
username_not_in list[str] NS
username_not_starts_with str NS
username_starts_with str NS
valid bool NS
valid_not bool NS
"""
