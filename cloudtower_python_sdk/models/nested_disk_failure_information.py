# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedDiskFailureInformation(Model):
    _declared = """
chunk_checksum_error bool NS
chunk_errflag bool NS
chunk_io_error bool NS
chunk_warnflag bool NS
iostat_latency bool NS
iostat_latency_ms int NS
smart_check bool NS
"""
