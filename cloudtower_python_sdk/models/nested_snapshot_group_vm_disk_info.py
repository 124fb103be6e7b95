# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedSnapshotGroupVmDiskInfo(Model):
    """The NestedSnapshotGroupVmDiskInfo object of the CloudTower API.

    Fields: see docs/models/NestedSnapshotGroupVmDiskInfo.md.
    """
    __slots__ = ()
    disk_id = F('disk_id', 'str', F.REQUIRED)
    disk_snapshot_status = F('disk_snapshot_status', 'ProtectSnapshotStatus', F.REQUIRED)
