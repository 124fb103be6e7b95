# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedDiscoveredHostDisk(Model):
    """The NestedDiscoveredHostDisk object of the CloudTower API.

    Fields: see docs/models/NestedDiscoveredHostDisk.md.
    """
    __slots__ = ()
    dimm_ids = F('dimm_ids', 'list[str]', F.NULLABLE)
    drive = F('drive', 'str', F.REQUIRED)
    function = F('function', 'DiskFunction', F.NULLABLE)
    model = F('model', 'str', F.REQUIRED)
    numa_node = F('numa_node', 'int', F.NULLABLE)
    persistent_memory_type = F('persistent_memory_type', 'str', F.NULLABLE)
    serial = F('serial', 'str', F.REQUIRED)
    size = F('size', 'int', F.REQUIRED)
    type = F('type', 'DiskType', F.REQUIRED)
