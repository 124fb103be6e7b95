# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Datacenter(Model):
    __slots__ = ()
    _declared = """
cluster_num int N
clusters list[NestedCluster] N
failure_data_space int N
host_num int N
id str R
labels list[NestedLabel] N
name str R
organization NestedOrganization R
total_cpu_hz int N
total_data_capacity int N
total_memory_bytes int N
used_cpu_hz float N
used_data_space int N
used_memory_bytes float N
vm_num int N
"""
