# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmAddDiskParams(Model):
    """The VmAddDiskParams object of the CloudTower API.

    Fields: see docs/models/VmAddDiskParams.md.
    """
    __slots__ = ()
    data = F('data', 'VmAddDiskParamsData', F.REQUIRED)
    where = F('where', 'VmWhereInput', F.REQUIRED)
