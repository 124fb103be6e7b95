# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AllocatableReplicaStorageCapacity(Model):
    """The AllocatableReplicaStorageCapacity object of the CloudTower API.

    Fields: see docs/models/AllocatableReplicaStorageCapacity.md.
    """
    __slots__ = ()
    capacity = F('capacity', 'float', F.REQUIRED)
    replica_num = F('replica_num', 'int', F.REQUIRED)
