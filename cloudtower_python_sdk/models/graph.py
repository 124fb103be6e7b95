# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Graph(Model):
    """The Graph object of the CloudTower API.

    Fields: see docs/models/Graph.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'NestedCluster', F.NULLABLE)
    disks = F('disks', 'list[NestedDisk]', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    hosts = F('hosts', 'list[NestedHost]', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    instance_ids = F('instance_ids', 'list[str]', F.REQUIRED)
    local_id = F('local_id', 'str', F.REQUIRED)
    luns = F('luns', 'list[NestedIscsiLun]', F.NULLABLE)
    metric_count = F('metric_count', 'int', F.REQUIRED)
    metric_name = F('metric_name', 'str', F.REQUIRED)
    metric_type = F('metric_type', 'MetricType', F.REQUIRED)
    namespaces = F('namespaces', 'list[NestedNvmfNamespace]', F.NULLABLE)
    network = F('network', 'NetworkType', F.NULLABLE)
    nics = F('nics', 'list[NestedNic]', F.NULLABLE)
    resource_type = F('resource_type', 'str', F.REQUIRED)
    service = F('service', 'str', F.NULLABLE)
    targets = F('targets', 'object', F.REQUIRED)
    title = F('title', 'str', F.REQUIRED)
    type = F('type', 'GraphType', F.REQUIRED)
    view = F('view', 'NestedView', F.REQUIRED)
    vm_nics = F('vmNics', 'list[NestedVmNic]', F.NULLABLE)
    vm_volumes = F('vmVolumes', 'list[NestedVmVolume]', F.NULLABLE)
    vms = F('vms', 'list[NestedVm]', F.NULLABLE)
    witnesses = F('witnesses', 'list[NestedWitness]', F.NULLABLE)
    zones = F('zones', 'list[NestedZone]', F.NULLABLE)
