# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudClusterBindingWhereInput(Model):
    """The VirtualPrivateCloudClusterBindingWhereInput object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudClusterBindingWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[VirtualPrivateCloudClusterBindingWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[VirtualPrivateCloudClusterBindingWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[VirtualPrivateCloudClusterBindingWhereInput]', F.NULLABLE)
    cluster = F('cluster', 'ClusterWhereInput', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    entity_async_status_in = F('entityAsyncStatus_in', 'list[EntityAsyncStatus]', F.NULLABLE)
    entity_async_status_not = F('entityAsyncStatus_not', 'EntityAsyncStatus', F.NULLABLE)
    entity_async_status_not_in = F('entityAsyncStatus_not_in', 'list[EntityAsyncStatus]', F.NULLABLE)
    id = F('id', 'str', F.NULLABLE)
    id_contains = F('id_contains', 'str', F.NULLABLE)
    id_ends_with = F('id_ends_with', 'str', F.NULLABLE)
    id_gt = F('id_gt', 'str', F.NULLABLE)
    id_gte = F('id_gte', 'str', F.NULLABLE)
    id_in = F('id_in', 'list[str]', F.NULLABLE)
    id_lt = F('id_lt', 'str', F.NULLABLE)
    id_lte = F('id_lte', 'str', F.NULLABLE)
    id_not = F('id_not', 'str', F.NULLABLE)
    id_not_contains = F('id_not_contains', 'str', F.NULLABLE)
    id_not_ends_with = F('id_not_ends_with', 'str', F.NULLABLE)
    id_not_in = F('id_not_in', 'list[str]', F.NULLABLE)
    id_not_starts_with = F('id_not_starts_with', 'str', F.NULLABLE)
    id_starts_with = F('id_starts_with', 'str', F.NULLABLE)
    mtu = F('mtu', 'int', F.NULLABLE)
    mtu_gt = F('mtu_gt', 'int', F.NULLABLE)
    mtu_gte = F('mtu_gte', 'int', F.NULLABLE)
    mtu_in = F('mtu_in', 'list[int]', F.NULLABLE)
    mtu_lt = F('mtu_lt', 'int', F.NULLABLE)
    mtu_lte = F('mtu_lte', 'int', F.NULLABLE)
    mtu_not = F('mtu_not', 'int', F.NULLABLE)
    mtu_not_in = F('mtu_not_in', 'list[int]', F.NULLABLE)
    vds = F('vds', 'VdsWhereInput', F.NULLABLE)
    vlan_id = F('vlan_id', 'int', F.NULLABLE)
    vlan_id_gt = F('vlan_id_gt', 'int', F.NULLABLE)
    vlan_id_gte = F('vlan_id_gte', 'int', F.NULLABLE)
    vlan_id_in = F('vlan_id_in', 'list[int]', F.NULLABLE)
    vlan_id_lt = F('vlan_id_lt', 'int', F.NULLABLE)
    vlan_id_lte = F('vlan_id_lte', 'int', F.NULLABLE)
    vlan_id_not = F('vlan_id_not', 'int', F.NULLABLE)
    vlan_id_not_in = F('vlan_id_not_in', 'list[int]', F.NULLABLE)
    vpc_service = F('vpc_service', 'VirtualPrivateCloudServiceWhereInput', F.NULLABLE)
