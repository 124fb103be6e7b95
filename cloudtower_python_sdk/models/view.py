# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class View(Model):
    """The View object of the CloudTower API.

    Fields: see docs/models/View.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.REQUIRED)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    graphs = F('graphs', 'list[NestedGraph]', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    time_span = F('time_span', 'int', F.REQUIRED)
    time_unit = F('time_unit', 'TimeUnit', F.REQUIRED)
