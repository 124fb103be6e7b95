# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmUpdateIoPolicyParamsData(Model):
    """The VmUpdateIoPolicyParamsData object of the CloudTower API.

    Fields: see docs/models/VmUpdateIoPolicyParamsData.md.
    """
    __slots__ = ()
    each_disk = F('each_disk', 'list[VmUpdateEachDiskIoPolicyParams]')
    io_policy = F('io_policy', 'VmDiskIoPolicy', F.NULLABLE)
    whole_vm = F('whole_vm', 'VmRestrictIoParamsData')
