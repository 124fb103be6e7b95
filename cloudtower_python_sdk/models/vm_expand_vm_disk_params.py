# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmExpandVmDiskParams(Model):
    """The VmExpandVmDiskParams object of the CloudTower API.

    Fields: see docs/models/VmExpandVmDiskParams.md.
    """
    __slots__ = ()
    size = F('size', 'int', F.REQUIRED)
    size_unit = F('size_unit', 'ByteUnit')
    where = F('where', 'VmDiskWhereInput', F.REQUIRED)
