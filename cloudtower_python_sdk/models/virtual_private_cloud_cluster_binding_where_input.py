# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudClusterBindingWhereInput(Model):
    _declared = """
AND:_and list[VirtualPrivateCloudClusterBindingWhereInput] N
NOT:_not list[VirtualPrivateCloudClusterBindingWhereInput] N
OR:_or list[VirtualPrivateCloudClusterBindingWhereInput] N
cluster ClusterWhereInput N
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
mtu int NS
mtu_gt int NS
mtu_gte int NS
mtu_in list[int] NS
mtu_lt int NS
mtu_lte int NS
mtu_not int NS
mtu_not_in list[int] NS
vds VdsWhereInput N
vlan_id int NS
vlan_id_gt int NS
vlan_id_gte int NS
vlan_id_in list[int] NS
vlan_id_lt int NS
vlan_id_lte int NS
vlan_id_not int NS
vlan_id_not_in list[int] NS
vpc_service VirtualPrivateCloudServiceWhereInput N
"""
