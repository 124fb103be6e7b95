# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedSnapshotInfo(Model):
    __slots__ = ()
    _declared = """
index int R
iscsi_lun_snapshot_uuid str R
storage_encrypted bool N
storage_policy_config NestedStoragePolicyConfig N
"""
