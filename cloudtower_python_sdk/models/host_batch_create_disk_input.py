# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class HostBatchCreateDiskInput(Model):
    """The HostBatchCreateDiskInput object of the CloudTower API.

    Fields: see docs/models/HostBatchCreateDiskInput.md.
    """
    __slots__ = ()
    drive = F('drive', 'str', F.REQUIRED)
    function = F('function', 'DiskFunction', F.NULLABLE)
    size = F('size', 'float', F.NULLABLE)
    type = F('type', 'DiskType', F.NULLABLE)
