# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudFloatingIpWhereInput(Model):
    _declared = """
AND:_and list[VirtualPrivateCloudFloatingIpWhereInput] N
NOT:_not list[VirtualPrivateCloudFloatingIpWhereInput] N
OR:_or list[VirtualPrivateCloudFloatingIpWhereInput] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
external_ip str NS
external_ip_contains str NS
external_ip_ends_with str NS
external_ip_gt str NS
external_ip_gte str NS
external_ip_in list[str] NS
external_ip_lt str NS
external_ip_lte str NS
external_ip_not str NS
external_ip_not_contains str NS
external_ip_not_ends_with str NS
external_ip_not_in list[str] NS
external_ip_not_starts_with str NS
external_ip_starts_with str NS
external_subnet VirtualPrivateCloudExternalSubnetWhereInput N
external_subnet_group VirtualPrivateCloudExternalSubnetGroupWhereInput N
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
vpc VirtualPrivateCloudWhereInput N
"""
