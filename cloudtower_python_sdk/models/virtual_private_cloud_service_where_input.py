# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class VirtualPrivateCloudServiceWhereInput(Model):
    __slots__ = ()
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
entityAsyncStatus:entity_async_status EntityAsyncStatus N
entityAsyncStatus_in:entity_async_status_in list[EntityAsyncStatus] N
entityAsyncStatus_not:entity_async_status_not EntityAsyncStatus N
entityAsyncStatus_not_in:entity_async_status_not_in list[EntityAsyncStatus] N
everoute_cluster EverouteClusterWhereInput N
external_subnets_every VirtualPrivateCloudExternalSubnetWhereInput N
external_subnets_none VirtualPrivateCloudExternalSubnetWhereInput N
external_subnets_some VirtualPrivateCloudExternalSubnetWhereInput N
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
internal_cidr str N
internal_cidr_contains str N
internal_cidr_ends_with str N
internal_cidr_gt str N
internal_cidr_gte str N
internal_cidr_in list[str] N
internal_cidr_lt str N
internal_cidr_lte str N
internal_cidr_not str N
internal_cidr_not_contains str N
internal_cidr_not_ends_with str N
internal_cidr_not_in list[str] N
internal_cidr_not_starts_with str N
internal_cidr_starts_with str N
phase EverouteClusterPhase N
phase_in list[EverouteClusterPhase] N
phase_not EverouteClusterPhase N
phase_not_in list[EverouteClusterPhase] N
vpcs_every VirtualPrivateCloudWhereInput N
vpcs_none VirtualPrivateCloudWhereInput N
vpcs_some VirtualPrivateCloudWhereInput N
"""
