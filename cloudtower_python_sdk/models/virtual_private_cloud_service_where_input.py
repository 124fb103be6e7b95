# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudServiceWhereInput(Model):
    _declared = """
AND:_and list[VirtualPrivateCloudServiceWhereInput] N
NOT:_not list[VirtualPrivateCloudServiceWhereInput] N
OR:_or list[VirtualPrivateCloudServiceWhereInput] N
cluster_bindings_every VirtualPrivateCloudClusterBindingWhereInput N
cluster_bindings_none VirtualPrivateCloudClusterBindingWhereInput N
cluster_bindings_some VirtualPrivateCloudClusterBindingWhereInput N
edge_gateway_groups_every VirtualPrivateCloudEdgeGatewayGroupWhereInput N
edge_gateway_groups_none VirtualPrivateCloudEdgeGatewayGroupWhereInput N
edge_gateway_groups_some VirtualPrivateCloudEdgeGatewayGroupWhereInput N
edge_gateways_every VirtualPrivateCloudEdgeGatewayWhereInput N
edge_gateways_none VirtualPrivateCloudEdgeGatewayWhereInput N
edge_gateways_some VirtualPrivateCloudEdgeGatewayWhereInput N
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] NS
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus NS
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] NS
everoute_cluster EverouteClusterWhereInput N
external_subnets_every VirtualPrivateCloudExternalSubnetWhereInput N
external_subnets_none VirtualPrivateCloudExternalSubnetWhereInput N
external_subnets_some VirtualPrivateCloudExternalSubnetWhereInput N
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
internal_cidr str NS
internal_cidr_contains str NS
internal_cidr_ends_with str NS
internal_cidr_gt str NS
internal_cidr_gte str NS
internal_cidr_in list[str] NS
internal_cidr_lt str NS
internal_cidr_lte str NS
internal_cidr_not str NS
internal_cidr_not_contains str NS
internal_cidr_not_ends_with str NS
internal_cidr_not_in list[str] NS
internal_cidr_not_starts_with str NS
internal_cidr_starts_with str NS
phase EverouteClusterPhase NS
phase_in list[EverouteClusterPhase] NS
phase_not EverouteClusterPhase NS
phase_not_in list[EverouteClusterPhase] NS
vpcs_every VirtualPrivateCloudWhereInput N
vpcs_none VirtualPrivateCloudWhereInput N
vpcs_some VirtualPrivateCloudWhereInput N
"""
