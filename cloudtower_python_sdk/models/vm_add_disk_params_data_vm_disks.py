# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class VmAddDiskParamsDataVmDisks(Model):
    """The VmAddDiskParamsDataVmDisks object of the CloudTower API.

    Fields: see docs/models/VmAddDiskParamsDataVmDisks.md.
    """
    __slots__ = ()
    mount_disks = F('mount_disks', 'list[MountDisksParams]')
    mount_new_create_disks = F('mount_new_create_disks', 'list[MountNewCreateDisksParams]')
