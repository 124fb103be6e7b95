# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class ClusterStorageInfo(Model):
    """The ClusterStorageInfo object of the CloudTower API.

    Fields: see docs/models/ClusterStorageInfo.md.
    """
    __slots__ = ()
    allocable_storage_capacity = F('allocable_storage_capacity', 'AllocatableStorageCapacity')
    failure_data_space = F('failure_data_space', 'int')
    free_data_space = F('free_data_space', 'int')
    id = F('id', 'str', F.REQUIRED)
    name = F('name', 'str', F.REQUIRED)
    storage_cluster = F('storage_cluster', 'list[ClusterStorageInfo]')
    stretch = F('stretch', 'bool')
    total_data_capacity = F('total_data_capacity', 'int')
    type = F('type', 'ClusterType', F.REQUIRED)
    used_data_space = F('used_data_space', 'int')
