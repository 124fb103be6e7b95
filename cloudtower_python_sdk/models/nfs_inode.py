# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NfsInode(Model):
    """The NfsInode object of the CloudTower API.

    Fields: see docs/models/NfsInode.md.
    """
    __slots__ = ()
    assigned_size = F('assigned_size', 'int', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    file = F('file', 'bool', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    local_updated_at = F('local_updated_at', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nfs_export = F('nfs_export', 'NestedNfsExport', F.REQUIRED)
    parent_id = F('parent_id', 'str', F.REQUIRED)
    shared_size = F('shared_size', 'int', F.REQUIRED)
    snapshot_num = F('snapshot_num', 'int', F.REQUIRED)
    unique_logical_size = F('unique_logical_size', 'float', F.NULLABLE)
    unique_size = F('unique_size', 'int', F.REQUIRED)
