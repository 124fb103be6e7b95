# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiskFailureInformation(Model):
    __slots__ = ()
    _declared = """
chunk_checksum_error bool N
chunk_errflag bool N
chunk_io_error bool N
chunk_warnflag bool N
iostat_latency bool N
iostat_latency_ms int N
smart_check bool N
"""
