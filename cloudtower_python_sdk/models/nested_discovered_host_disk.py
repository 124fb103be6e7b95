# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiscoveredHostDisk(Model):
    __slots__ = ()
    _declared = """
dimm_ids list[str] N
drive str R
function DiskFunction N
model str R
numa_node int N
persistent_memory_type str N
serial str R
size int R
type DiskType R
"""
