# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NfsExport(Model):
    """The NfsExport object of the CloudTower API.

    Fields: see docs/models/NfsExport.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    description = F('description', 'str', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    export_inode_id = F('export_inode_id', 'str', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    inodes = F('inodes', 'list[NestedNfsInode]', F.NULLABLE)
    internal = F('internal', 'bool', F.REQUIRED)
    ip_whitelist = F('ip_whitelist', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
    thin_provision = F('thin_provision', 'bool', F.REQUIRED)
