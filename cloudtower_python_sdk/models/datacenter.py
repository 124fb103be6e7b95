# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Datacenter(Model):
    _declared = """
cluster_num int NS
clusters list[NestedCluster] N
failure_data_space int NS
host_num int NS
id str RS
labels list[NestedLabel] N
name str RS
organization NestedOrganization R
total_cpu_hz int NS
total_data_capacity int NS
total_memory_bytes int NS
used_cpu_hz float NS
used_data_space int NS
used_memory_bytes float NS
vm_num int NS
"""
