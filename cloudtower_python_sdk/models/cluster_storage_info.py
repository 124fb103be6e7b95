# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class ClusterStorageInfo(Model):
    __slots__ = ()
    _declared = """
allocable_storage_capacity AllocatableStorageCapacity
failure_data_space int
free_data_space int
id str R
name str R
storage_cluster list[ClusterStorageInfo]
stretch bool
total_data_capacity int
type ClusterType R
used_data_space int
"""
