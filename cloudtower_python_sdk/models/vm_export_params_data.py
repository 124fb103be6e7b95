# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmExportParamsData(Model):
    """The VmExportParamsData object of the CloudTower API.

    Fields: see docs/models/VmExportParamsData.md.
    """
    __slots__ = ()
    keep_mac = F('keep_mac', 'bool')
    type = F('type', 'VmExportFileType', F.REQUIRED)
