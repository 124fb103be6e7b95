# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterImage(Model):
    """The ClusterImage object of the CloudTower API.

    Fields: see docs/models/ClusterImage.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.NULLABLE)
    meta_name = F('meta_name', 'str', F.REQUIRED)
    meta_size = F('meta_size', 'int', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    upgrade_from = F('upgrade_from', 'list[str]', F.REQUIRED)
    upgrade_tool_version = F('upgrade_tool_version', 'str', F.NULLABLE)
    version = F('version', 'str', F.REQUIRED)
    zbs_version = F('zbs_version', 'str', F.NULLABLE)
