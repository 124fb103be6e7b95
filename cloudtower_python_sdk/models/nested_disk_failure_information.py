# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedDiskFailureInformation(Model):
    """The NestedDiskFailureInformation object of the CloudTower API.

    Fields: see docs/models/NestedDiskFailureInformation.md.
    """
    __slots__ = ()
    chunk_checksum_error = F('chunk_checksum_error', 'bool', F.NULLABLE)
    chunk_errflag = F('chunk_errflag', 'bool', F.NULLABLE)
    chunk_io_error = F('chunk_io_error', 'bool', F.NULLABLE)
    chunk_warnflag = F('chunk_warnflag', 'bool', F.NULLABLE)
    iostat_latency = F('iostat_latency', 'bool', F.NULLABLE)
    iostat_latency_ms = F('iostat_latency_ms', 'int', F.NULLABLE)
    smart_check = F('smart_check', 'bool', F.NULLABLE)
