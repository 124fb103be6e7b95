# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NvmfNamespaceSnapshot(Model):
    """The NvmfNamespaceSnapshot object of the CloudTower API.

    Fields: see docs/models/NvmfNamespaceSnapshot.md.
    """
    __slots__ = ()
    consistency_group_snapshot = F('consistency_group_snapshot', 'NestedConsistencyGroupSnapshot', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_created_at = F('local_created_at', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    nvmf_namespace = F('nvmf_namespace', 'NestedNvmfNamespace', F.NULLABLE)
    nvmf_subsystem = F('nvmf_subsystem', 'NestedNvmfSubsystem', F.REQUIRED)
    unique_size = F('unique_size', 'int', F.REQUIRED)
