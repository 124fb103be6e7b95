# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VirtualPrivateCloudIsolationPolicyWhereInput(Model):
    """The VirtualPrivateCloudIsolationPolicyWhereInput object of the CloudTower API.

    Fields: see docs/models/VirtualPrivateCloudIsolationPolicyWhereInput.md.
    """
    __slots__ = ()
    _and = F('AND', 'list[VirtualPrivateCloudIsolationPolicyWhereInput]', F.NULLABLE)
    _not = F('NOT', 'list[VirtualPrivateCloudIsolationPolicyWhereInput]', F.NULLABLE)
    _or = F('OR', 'list[VirtualPrivateCloudIsolationPolicyWhereInput]', F.NULLABLE)
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
    labels_every = F('labels_every', 'LabelWhereInput', F.NULLABLE)
    labels_none = F('labels_none', 'LabelWhereInput', F.NULLABLE)
    labels_some = F('labels_some', 'LabelWhereInput', F.NULLABLE)
    local_id = F('local_id', 'str', F.NULLABLE)
    local_id_contains = F('local_id_contains', 'str', F.NULLABLE)
    local_id_ends_with = F('local_id_ends_with', 'str', F.NULLABLE)
    local_id_gt = F('local_id_gt', 'str', F.NULLABLE)
    local_id_gte = F('local_id_gte', 'str', F.NULLABLE)
    local_id_in = F('local_id_in', 'list[str]', F.NULLABLE)
    local_id_lt = F('local_id_lt', 'str', F.NULLABLE)
    local_id_lte = F('local_id_lte', 'str', F.NULLABLE)
    local_id_not = F('local_id_not', 'str', F.NULLABLE)
    local_id_not_contains = F('local_id_not_contains', 'str', F.NULLABLE)
    local_id_not_ends_with = F('local_id_not_ends_with', 'str', F.NULLABLE)
    local_id_not_in = F('local_id_not_in', 'list[str]', F.NULLABLE)
    local_id_not_starts_with = F('local_id_not_starts_with', 'str', F.NULLABLE)
    local_id_starts_with = F('local_id_starts_with', 'str', F.NULLABLE)
    mode = F('mode', 'VirtualPrivateCloudIsolationPolicyMode', F.NULLABLE)
    mode_in = F('mode_in', 'list[VirtualPrivateCloudIsolationPolicyMode]', F.NULLABLE)
    mode_not = F('mode_not', 'VirtualPrivateCloudIsolationPolicyMode', F.NULLABLE)
    mode_not_in = F('mode_not_in', 'list[VirtualPrivateCloudIsolationPolicyMode]', F.NULLABLE)
    security_groups_every = F('security_groups_every', 'VirtualPrivateCloudSecurityGroupWhereInput', F.NULLABLE)
    security_groups_none = F('security_groups_none', 'VirtualPrivateCloudSecurityGroupWhereInput', F.NULLABLE)
    security_groups_some = F('security_groups_some', 'VirtualPrivateCloudSecurityGroupWhereInput', F.NULLABLE)
    vm = F('vm', 'VmWhereInput', F.NULLABLE)
    vpc = F('vpc', 'VirtualPrivateCloudWhereInput', F.NULLABLE)
