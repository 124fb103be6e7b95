# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmRemoveDiskParamsData(Model):
    """The VmRemoveDiskParamsData object of the CloudTower API.

    Fields: see docs/models/VmRemoveDiskParamsData.md.
    """
    __slots__ = ()
    disk_ids = F('disk_ids', 'list[str]', F.REQUIRED)
