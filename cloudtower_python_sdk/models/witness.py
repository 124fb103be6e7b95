# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Witness(Model):
    _declared = """
cluster NestedCluster R
cpu_hz_per_core int RS
data_ip str RS
id str RS
local_id str NS
management_ip str RS
name str RS
system_data_capacity int RS
system_used_data_space int RS
total_cpu_cores int RS
total_cpu_hz int RS
total_memory_bytes int RS
"""
