# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedPartition(Model):
    _declared = """
name str NS
path str NS
size int RS
usage PartitionUsage RS
used_size int RS
"""
