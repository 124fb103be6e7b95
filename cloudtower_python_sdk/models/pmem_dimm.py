# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PmemDimm(Model):
    __slots__ = ()
    _declared = """
capacity int R
device_locator str R
disk NestedDisk N
health_status DiskHealthStatus N
host NestedHost R
id str R
local_id str N
name str R
numa_node int R
part_number str R
remaining_life_percent int N
version str R
"""
