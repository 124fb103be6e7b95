# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class PmemDimm(Model):
    _declared = """
capacity int RS
device_locator str RS
disk NestedDisk N
health_status DiskHealthStatus NS
host NestedHost R
id str RS
local_id str NS
name str RS
numa_node int RS
part_number str RS
remaining_life_percent int NS
version str RS
"""
