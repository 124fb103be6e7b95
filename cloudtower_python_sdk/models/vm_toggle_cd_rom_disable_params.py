# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmToggleCdRomDisableParams(Model):
    """The VmToggleCdRomDisableParams object of the CloudTower API.

    Fields: see docs/models/VmToggleCdRomDisableParams.md.
    """
    __slots__ = ()
    disabled = F('disabled', 'bool', F.REQUIRED)
    where = F('where', 'VmDiskWhereInput', F.REQUIRED)
