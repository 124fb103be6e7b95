# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Witness(Model):
    __slots__ = ()
    _declared = """
cluster NestedCluster R
cpu_hz_per_core int R
data_ip str R
id str R
local_id str N
management_ip str R
name str R
system_data_capacity int R
system_used_data_space int R
total_cpu_cores int R
total_cpu_hz int R
total_memory_bytes int R
"""
