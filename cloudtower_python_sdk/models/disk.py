# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Disk(Model):
    __slots__ = ()
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus N
failure_information NestedDiskFailureInformation N
firmware str R
function DiskFunction N
health_status DiskHealthStatus N
healthy bool R
host NestedHost R
id str R
labels list[NestedLabel] N
local_id str R
model str R
mounted bool R
name str R
numa_node int N
offline bool R
partitions list[NestedPartition] R
path str R
persistent_memory_type str N
physical_slot_on_brick int N
pmem_dimms list[NestedPmemDimm] N
recommended_usage DiskUsage N
remaining_life_percent int N
serial str R
size int R
type DiskType R
usage DiskUsage R
usage_status DiskUsageStatus N
"""
