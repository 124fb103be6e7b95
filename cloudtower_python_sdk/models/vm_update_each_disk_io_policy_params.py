# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateEachDiskIoPolicyParams(Model):
    """The VmUpdateEachDiskIoPolicyParams object of the CloudTower API.

    Fields: see docs/models/VmUpdateEachDiskIoPolicyParams.md.
    """
    __slots__ = ()
    boot = F('boot', 'int', F.REQUIRED)
    data = F('data', 'VmRestrictIoParamsData', F.REQUIRED)
