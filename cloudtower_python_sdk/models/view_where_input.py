# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ViewWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[ViewWhereInput] N
NOT:_not list[ViewWhereInput] N
OR:_or list[ViewWhereInput] N
cluster ClusterWhereInput N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
graphs_every GraphWhereInput N
graphs_none GraphWhereInput N
graphs_some GraphWhereInput N
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
name str N
name_contains str N
name_ends_with str N
name_gt str N
name_gte str N
name_in list[str] N
name_lt str N
name_lte str N
name_not str N
name_not_contains str N
name_not_ends_with str N
name_not_in list[str] N
name_not_starts_with str N
name_starts_with str N
time_span int N
time_span_gt int N
time_span_gte int N
time_span_in list[int] N
time_span_lt int N
time_span_lte int N
time_span_not int N
time_span_not_in list[int] N
time_unit TimeUnit N
time_unit_in list[TimeUnit] N
time_unit_not TimeUnit N
time_unit_not_in list[TimeUnit] N
"""
