# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNicWhereInput(Model):
    _declared = """
AND:_and list[VirtualPrivateCloudNicWhereInput] N
NOT:_not list[VirtualPrivateCloudNicWhereInput] N
OR:_or list[VirtualPrivateCloudNicWhereInput] N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
floating_ip VirtualPrivateCloudFloatingIpWhereInput N
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
snapshots_every VirtualPrivateCloudNicSnapshotWhereInput N
snapshots_none VirtualPrivateCloudNicSnapshotWhereInput N
snapshots_some VirtualPrivateCloudNicSnapshotWhereInput N
vm_nic VmNicWhereInput N
vpc VirtualPrivateCloudWhereInput N
vpc_subnet VirtualPrivateCloudSubnetWhereInput N
"""
