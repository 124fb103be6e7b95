# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudNicSnapshotWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[VirtualPrivateCloudNicSnapshotWhereInput] N
NOT:_not list[VirtualPrivateCloudNicSnapshotWhereInput] N
OR:_or list[VirtualPrivateCloudNicSnapshotWhereInput] N
floating_ip VirtualPrivateCloudFloatingIpWhereInput N
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
mac_address str N
mac_address_contains str N
mac_address_ends_with str N
mac_address_gt str N
mac_address_gte str N
mac_address_in list[str] N
mac_address_lt str N
mac_address_lte str N
mac_address_not str N
mac_address_not_contains str N
mac_address_not_ends_with str N
mac_address_not_in list[str] N
mac_address_not_starts_with str N
mac_address_starts_with str N
vpc VirtualPrivateCloudWhereInput N
vpc_nic VirtualPrivateCloudNicWhereInput N
vpc_subnet VirtualPrivateCloudSubnetWhereInput N
"""
