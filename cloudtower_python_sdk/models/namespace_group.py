# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NamespaceGroup(Model):
    """The NamespaceGroup object of the CloudTower API.

    Fields: see docs/models/NamespaceGroup.md.
    """
    __slots__ = ()
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_create_time = F('local_create_time', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    namespaces = F('namespaces', 'list[NestedNvmfNamespace]', F.NULLABLE)
    nvmf_subsystem = F('nvmf_subsystem', 'NestedNvmfSubsystem', F.REQUIRED)
