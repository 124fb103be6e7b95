# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ConsistencyGroupSnapshot(Model):
    """The ConsistencyGroupSnapshot object of the CloudTower API.

    Fields: see docs/models/ConsistencyGroupSnapshot.md.
    """
    __slots__ = ()
    iscsi_lun_snapshots = F('Iscsi_lun_snapshots', 'list[NestedIscsiLunSnapshot]', F.NULLABLE)
    consistency_group = F('consistency_group', 'NestedConsistencyGroup', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nvmf_namespace_snapshots = F('nvmf_namespace_snapshots', 'list[NestedNvmfNamespaceSnapshot]', F.NULLABLE)
    unique_size = F('unique_size', 'int', F.REQUIRED)
