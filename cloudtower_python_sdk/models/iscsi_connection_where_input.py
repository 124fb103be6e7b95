# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiConnectionWhereInput(Model):
    _declared = """
AND:_and list[IscsiConnectionWhereInput] N
NOT:_not list[IscsiConnectionWhereInput] N
OR:_or list[IscsiConnectionWhereInput] N
client_port int NS
client_port_gt int NS
client_port_gte int NS
client_port_in list[int] NS
client_port_lt int NS
client_port_lte int NS
client_port_not int NS
client_port_not_in list[int] NS
cluster ClusterWhereInput N
host HostWhereInput N
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
initiator_ip str NS
initiator_ip_contains str NS
initiator_ip_ends_with str NS
initiator_ip_gt str NS
initiator_ip_gte str NS
initiator_ip_in list[str] NS
initiator_ip_lt str NS
initiator_ip_lte str NS
initiator_ip_not str NS
initiator_ip_not_contains str NS
initiator_ip_not_ends_with str NS
initiator_ip_not_in list[str] NS
initiator_ip_not_starts_with str NS
initiator_ip_starts_with str NS
iscsi_target IscsiTargetWhereInput N
nvmf_subsystem NvmfSubsystemWhereInput N
tr_type StoreTransportType NS
tr_type_in list[StoreTransportType] NS
tr_type_not StoreTransportType NS
tr_type_not_in list[StoreTransportType] NS
type StoreConnectionType NS
type_in list[StoreConnectionType] NS
type_not StoreConnectionType NS
type_not_in list[StoreConnectionType] NS
"""
