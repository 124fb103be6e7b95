# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedSnapshotInfo(Model):
    """The NestedSnapshotInfo object of the CloudTower API.

    Fields: see docs/models/NestedSnapshotInfo.md.
    """
    __slots__ = ()
    index = F('index', 'int', F.REQUIRED)
    iscsi_lun_snapshot_uuid = F('iscsi_lun_snapshot_uuid', 'str', F.REQUIRED)
    storage_encrypted = F('storage_encrypted', 'bool', F.NULLABLE)
    storage_policy_config = F('storage_policy_config', 'NestedStoragePolicyConfig', F.NULLABLE)
