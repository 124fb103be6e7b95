# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class EntityFilter(Model):
    """The EntityFilter object of the CloudTower API.

    Fields: see docs/models/EntityFilter.md.
    """
    __slots__ = ()
    apply_to_all_clusters = F('apply_to_all_clusters', 'bool', F.NULLABLE)
    clusters = F('clusters', 'list[NestedCluster]', F.NULLABLE)
    entity_type = F('entity_type', 'EntityType', F.REQUIRED)
    exclude_ids = F('exclude_ids', 'list[str]', F.REQUIRED)
    exec_failed_cluster = F('exec_failed_cluster', 'list[NestedCluster]', F.NULLABLE)
    filter_error = F('filter_error', 'list[str]', F.REQUIRED)
    filter_status = F('filter_status', 'FilterStatus', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    ids = F('ids', 'list[str]', F.REQUIRED)
    last_executed_at = F('last_executed_at', 'str', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    preset = F('preset', 'str', F.NULLABLE)
    rules = F('rules', 'list[NestedFilterRule]', F.REQUIRED)
