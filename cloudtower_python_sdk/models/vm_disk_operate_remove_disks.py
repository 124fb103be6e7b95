# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmDiskOperateRemoveDisks(Model):
    """The VmDiskOperateRemoveDisks object of the CloudTower API.

    Fields: see docs/models/VmDiskOperateRemoveDisks.md.
    """
    __slots__ = ()
    disk_index = F('disk_index', 'list[int]', F.REQUIRED)
