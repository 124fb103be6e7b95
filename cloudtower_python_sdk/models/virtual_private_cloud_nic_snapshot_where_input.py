# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNicSnapshotWhereInput(Model):
    _declared = """
AND:_and list[VirtualPrivateCloudNicSnapshotWhereInput] N
NOT:_not list[VirtualPrivateCloudNicSnapshotWhereInput] N
OR:_or list[VirtualPrivateCloudNicSnapshotWhereInput] N
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
mac_address str NS
mac_address_contains str NS
mac_address_ends_with str NS
mac_address_gt str NS
mac_address_gte str NS
mac_address_in list[str] NS
mac_address_lt str NS
mac_address_lte str NS
mac_address_not str NS
mac_address_not_contains str NS
mac_address_not_ends_with str NS
mac_address_not_in list[str] NS
mac_address_not_starts_with str NS
mac_address_starts_with str NS
vpc VirtualPrivateCloudWhereInput N
vpc_nic VirtualPrivateCloudNicWhereInput N
vpc_subnet VirtualPrivateCloudSubnetWhereInput N
"""
