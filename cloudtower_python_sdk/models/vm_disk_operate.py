# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmDiskOperate(Model):
    """The VmDiskOperate object of the CloudTower API.

    Fields: see docs/models/VmDiskOperate.md.
    """
    __slots__ = ()
    modify_disks = F('modify_disks', 'list[DiskOperateModifyDisk]')
    new_disks = F('new_disks', 'VmDiskParams')
    remove_disks = F('remove_disks', 'VmDiskOperateRemoveDisks')
