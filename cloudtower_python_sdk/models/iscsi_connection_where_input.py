# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiConnectionWhereInput(Model):
    __slots__ = ()
    _declared = """
AND:_and list[IscsiConnectionWhereInput] N
NOT:_not list[IscsiConnectionWhereInput] N
OR:_or list[IscsiConnectionWhereInput] N
client_port int N
client_port_gt int N
client_port_gte int N
client_port_in list[int] N
client_port_lt int N
client_port_lte int N
client_port_not int N
client_port_not_in list[int] N
cluster ClusterWhereInput N
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
initiator_ip str N
initiator_ip_contains str N
initiator_ip_ends_with str N
initiator_ip_gt str N
initiator_ip_gte str N
initiator_ip_in list[str] N
initiator_ip_lt str N
initiator_ip_lte str N
initiator_ip_not str N
initiator_ip_not_contains str N
initiator_ip_not_ends_with str N
initiator_ip_not_in list[str] N
initiator_ip_not_starts_with str N
initiator_ip_starts_with str N
iscsi_target IscsiTargetWhereInput N
nvmf_subsystem NvmfSubsystemWhereInput N
tr_type StoreTransportType N
tr_type_in list[StoreTransportType] N
tr_type_not StoreTransportType N
tr_type_not_in list[StoreTransportType] N
type StoreConnectionType N
type_in list[StoreConnectionType] N
type_not StoreConnectionType N
type_not_in list[StoreConnectionType] N
"""
