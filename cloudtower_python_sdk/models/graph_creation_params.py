# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class GraphCreationParams(Model):
    """The GraphCreationParams object of the CloudTower API.

    Fields: see docs/models/GraphCreationParams.md.
    """
    __slots__ = ()
    cluster_id = F('cluster_id', 'str', F.REQUIRED)
    connect_id = F('connect_id', 'list[str]', F.REQUIRED)
    instance_ids = F('instance_ids', 'list[str]')
    metric_count = F('metric_count', 'int')
    metric_name = F('metric_name', 'str', F.REQUIRED)
    metric_type = F('metric_type', 'MetricType')
    network = F('network', 'NetworkType')
    resource_type = F('resource_type', 'str', F.REQUIRED)
    service = F('service', 'str')
    title = F('title', 'str', F.REQUIRED)
    type = F('type', 'GraphType', F.REQUIRED)
    view_id = F('view_id', 'str', F.REQUIRED)
