# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudClusterBindingWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[VirtualPrivateCloudClusterBindingWhereInput] N
NOT:_not list[VirtualPrivateCloudClusterBindingWhereInput] N
OR:_or list[VirtualPrivateCloudClusterBindingWhereInput] N
cluster ClusterWhereInput N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
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
mtu int N
mtu_gt int N
mtu_gte int N
mtu_in list[int] N
mtu_lt int N
mtu_lte int N
mtu_not int N
mtu_not_in list[int] N
vds VdsWhereInput N
vlan_id int N
vlan_id_gt int N
vlan_id_gte int N
vlan_id_in list[int] N
vlan_id_lt int N
vlan_id_lte int N
vlan_id_not int N
vlan_id_not_in list[int] N
vpc_service VirtualPrivateCloudServiceWhereInput N
"""
