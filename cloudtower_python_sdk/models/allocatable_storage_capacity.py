# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AllocatableStorageCapacity(Model):
    """The AllocatableStorageCapacity object of the CloudTower API.

    Fields: see docs/models/AllocatableStorageCapacity.md.
    """
    __slots__ = ()
    ec = F('ec', 'list[AllocatableEcStorageCapacity]')
    replica = F('replica', 'list[AllocatableReplicaStorageCapacity]')
