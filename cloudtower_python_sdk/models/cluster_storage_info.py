# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterStorageInfo(Model):
    _declared = """
allocable_storage_capacity AllocatableStorageCapacity
failure_data_space int S
free_data_space int S
id str RS
name str RS
storage_cluster list[ClusterStorageInfo]
stretch bool S
total_data_capacity int S
type ClusterType RS
used_data_space int S
"""
