# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedSnapshotGroupVmInfo(Model):
    """The NestedSnapshotGroupVmInfo object of the CloudTower API.

    Fields: see docs/models/NestedSnapshotGroupVmInfo.md.
    """
    __slots__ = ()
    disks = F('disks', 'list[NestedSnapshotGroupVmDiskInfo]', F.REQUIRED)
    vm_id = F('vm_id', 'str', F.REQUIRED)
    vm_name = F('vm_name', 'str', F.REQUIRED)
    vm_snapshot_status = F('vm_snapshot_status', 'ProtectSnapshotStatus', F.REQUIRED)
