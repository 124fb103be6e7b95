# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class PmemDimm(Model):
    """The PmemDimm object of the CloudTower API.

    Fields: see docs/models/PmemDimm.md.
    """
    __slots__ = ()
    capacity = F('capacity', 'int', F.REQUIRED)
    device_locator = F('device_locator', 'str', F.REQUIRED)
    disk = F('disk', 'NestedDisk', F.NULLABLE)
    health_status = F('health_status', 'DiskHealthStatus', F.NULLABLE)
    host = F('host', 'NestedHost', F.REQUIRED)
    id = F('id', 'str', F.REQUIRED)
    local_id = F('local_id', 'str', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    numa_node = F('numa_node', 'int', F.REQUIRED)
    part_number = F('part_number', 'str', F.REQUIRED)
    remaining_life_percent = F('remaining_life_percent', 'int', F.NULLABLE)
    version = F('version', 'str', F.REQUIRED)
