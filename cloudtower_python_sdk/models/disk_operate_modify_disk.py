# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DiskOperateModifyDisk(Model):
    """The DiskOperateModifyDisk object of the CloudTower API.

    Fields: see docs/models/DiskOperateModifyDisk.md.
    """
    __slots__ = ()
    bus = F('bus', 'Bus')
    disk_index = F('disk_index', 'int', F.REQUIRED)
    vm_volume_id = F('vm_volume_id', 'str')
