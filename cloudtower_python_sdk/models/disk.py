# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class Disk(Model):
    """The Disk object of the CloudTower API.

    Fields: see docs/models/Disk.md.
    """
    __slots__ = ()
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    failure_information = F('failure_information', 'NestedDiskFailureInformation', F.NULLABLE)
    firmware = F('firmware', 'str', F.REQUIRED)
    function = F('function', 'DiskFunction', F.NULLABLE)
    health_status = F('health_status', 'DiskHealthStatus', F.NULLABLE)
    healthy = F('healthy', 'bool', F.REQUIRED)
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    labels = F('labels', 'list[NestedLabel]', F.NULLABLE)
    local_id = F('local_id', 'str', F.REQUIRED)
    model = F('model', 'str', F.REQUIRED)
    mounted = F('mounted', 'bool', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    numa_node = F('numa_node', 'int', F.NULLABLE)
    offline = F('offline', 'bool', F.REQUIRED)
    partitions = F('partitions', 'list[NestedPartition]', F.REQUIRED)
    path = F('path', 'str', F.REQUIRED)
    persistent_memory_type = F('persistent_memory_type', 'str', F.NULLABLE)
    physical_slot_on_brick = F('physical_slot_on_brick', 'int', F.NULLABLE)
    pmem_dimms = F('pmem_dimms', 'list[NestedPmemDimm]', F.NULLABLE)
    recommended_usage = F('recommended_usage', 'DiskUsage', F.NULLABLE)
    remaining_life_percent = F('remaining_life_percent', 'int', F.NULLABLE)
    serial = F('serial', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    type = F('type', 'DiskType', F.REQUIRED)
    usage = F('usage', 'DiskUsage', F.REQUIRED)
    usage_status = F('usage_status', 'DiskUsageStatus', F.NULLABLE)
