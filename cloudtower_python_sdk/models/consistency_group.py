# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ConsistencyGroup(Model):
    """The ConsistencyGroup object of the CloudTower API.

    Fields: see docs/models/ConsistencyGroup.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    consistency_group_snapshots = F('consistency_group_snapshots', 'list[NestedConsistencyGroupSnapshot]', F.NULLABLE)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    iscsi_luns = F('iscsi_luns', 'list[NestedIscsiLun]', F.NULLABLE)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    namespaces = F('namespaces', 'list[NestedNvmfNamespace]', F.NULLABLE)
    unique_size = F('unique_size', 'int', F.REQUIRED)
