# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedPartition(Model):
    __slots__ = ()
    _declared = """
name str N
path str N
size int R
usage PartitionUsage R
used_size int R
"""
