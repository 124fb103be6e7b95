# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudIsolationPolicyWhereInput(Model):
    _declared = """
AND:_and list[VirtualPrivateCloudIsolationPolicyWhereInput] N
NOT:_not list[VirtualPrivateCloudIsolationPolicyWhereInput] N
OR:_or list[VirtualPrivateCloudIsolationPolicyWhereInput] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
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
labels_every LabelWhereInput N
labels_none LabelWhereInput N
labels_some LabelWhereInput N
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
mode VirtualPrivateCloudIsolationPolicyMode NS
mode_in list[VirtualPrivateCloudIsolationPolicyMode] NS
mode_not VirtualPrivateCloudIsolationPolicyMode NS
mode_not_in list[VirtualPrivateCloudIsolationPolicyMode] NS
security_groups_every VirtualPrivateCloudSecurityGroupWhereInput N
security_groups_none VirtualPrivateCloudSecurityGroupWhereInput N
security_groups_some VirtualPrivateCloudSecurityGroupWhereInput N
vm VmWhereInput N
vpc VirtualPrivateCloudWhereInput N
"""
