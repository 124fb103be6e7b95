# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class AllocatableEcStorageCapacity(Model):
    """The AllocatableEcStorageCapacity object of the CloudTower API.

    Fields: see docs/models/AllocatableEcStorageCapacity.md.
    """
    __slots__ = ()
    capacity = F('capacity', 'float', F.REQUIRED)
    k = F('k', 'int', F.REQUIRED)
    m = F('m', 'int', F.REQUIRED)
