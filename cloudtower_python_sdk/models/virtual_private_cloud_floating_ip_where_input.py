# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudFloatingIpWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[VirtualPrivateCloudFloatingIpWhereInput] N
NOT:_not list[VirtualPrivateCloudFloatingIpWhereInput] N
OR:_or list[VirtualPrivateCloudFloatingIpWhereInput] N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
external_ip str N
external_ip_contains str N
external_ip_ends_with str N
external_ip_gt str N
external_ip_gte str N
external_ip_in list[str] N
external_ip_lt str N
external_ip_lte str N
external_ip_not str N
external_ip_not_contains str N
external_ip_not_ends_with str N
external_ip_not_in list[str] N
external_ip_not_starts_with str N
external_ip_starts_with str N
external_subnet VirtualPrivateCloudExternalSubnetWhereInput N
external_subnet_group VirtualPrivateCloudExternalSubnetGroupWhereInput N
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
vpc VirtualPrivateCloudWhereInput N
"""
