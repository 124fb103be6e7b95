# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiscoveredHostDisk(Model):
    _declared = """
dimm_ids list[str] NS
drive str RS
function DiskFunction NS
model str RS
numa_node int NS
persistent_memory_type str NS
serial str RS
size int RS
type DiskType RS
"""
