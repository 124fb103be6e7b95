# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedPartition(Model):
    """The NestedPartition object of the CloudTower API.

    Fields: see docs/models/NestedPartition.md.
    """
    __slots__ = ()
    name = F('name', 'str', F.NULLABLE)
    path = F('path', 'str', F.NULLABLE)
    size = F('size', 'int', F.REQUIRED)
    usage = F('usage', 'PartitionUsage', F.REQUIRED)
    used_size = F('used_size', 'int', F.REQUIRED)
