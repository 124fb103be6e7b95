# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IpmiWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[IpmiWhereInput] N
NOT:_not list[IpmiWhereInput] N
OR:_or list[IpmiWhereInput] N
host HostWhereInput N
id str N
id_contains str N
id_ends_with str N
id_gt str N
id_gte str N
id_in list[str] N
id_lt str N
id_lte str N
id_not str N
id_not_contains str N
id_not_ends_with str N
id_not_in list[str] N
id_not_starts_with str N
id_starts_with str N
ip str N
ip_contains str N
ip_ends_with str N
ip_gt str N
ip_gte str N
ip_in list[str] N
ip_lt str N
ip_lte str N
ip_not str N
ip_not_contains str N
ip_not_ends_with str N
ip_not_in list[str] N
ip_not_starts_with str N
ip_starts_with str N
local_id str N
local_id_contains str N
local_id_ends_with str N
local_id_gt str N
local_id_gte str N
local_id_in list[str] N
local_id_lt str N
local_id_lte str N
local_id_not str N
local_id_not_contains str N
local_id_not_ends_with str N
local_id_not_in list[str] N
local_id_not_starts_with str N
local_id_starts_with str N
username str N
username_contains str N
username_ends_with str N
username_gt str N
username_gte str N
username_in list[str] N
username_lt str N
username_lte str N
username_not str N
username_not_contains str N
username_not_ends_with str N
username_not_in list[str] N
username_not_starts_with str N
username_starts_with str N
valid bool N
valid_not bool N
"""
