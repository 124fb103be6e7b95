# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Zone(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
datacenter NestedDatacenter R
failure_data_space int N
host_num int N
hosts list[NestedHost] N
id str R
is_preferred bool R
local_id str N
provisioned_cpu_cores int N
provisioned_cpu_cores_for_active_vm int N
provisioned_data_space int N
provisioned_memory_bytes int N
running_vm_num int N
stopped_vm_num int N
suspended_vm_num int N
total_cache_capacity int N
total_cpu_cores int N
total_cpu_hz int N
total_data_capacity int N
total_memory_bytes int N
used_data_space int N
valid_data_space int N
vm_num int N
"""
