# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class Disk(Model):
    _declared = """
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
failure_information NestedDiskFailureInformation N
firmware str RS
function DiskFunction NS
health_status DiskHealthStatus NS
healthy bool RS
host NestedHost R
id str RS
labels list[NestedLabel] N
local_id str RS
model str RS
mounted bool RS
name str RS
numa_node int NS
offline bool RS
partitions list[NestedPartition] R
path str RS
persistent_memory_type str NS
physical_slot_on_brick int NS
pmem_dimms list[NestedPmemDimm] N
recommended_usage DiskUsage NS
remaining_life_percent int NS
serial str RS
size int RS
type DiskType RS
usage DiskUsage RS
usage_status DiskUsageStatus NS
"""
