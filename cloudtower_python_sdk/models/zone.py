# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Zone(Model):
    _declared = """
cluster NestedCluster R
datacenter NestedDatacenter R
failure_data_space int NS
host_num int NS
hosts list[NestedHost] N
id str RS
is_preferred bool RS
local_id str NS
provisioned_cpu_cores int NS
provisioned_cpu_cores_for_active_vm int NS
provisioned_data_space int NS
provisioned_memory_bytes int NS
running_vm_num int NS
stopped_vm_num int NS
suspended_vm_num int NS
total_cache_capacity int NS
total_cpu_cores int NS
total_cpu_hz int NS
total_data_capacity int NS
total_memory_bytes int NS
used_data_space int NS
valid_data_space int NS
vm_num int NS
"""
