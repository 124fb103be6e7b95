# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class NestedSnapshotInfo(Model):
    _declared = """
index int RS
iscsi_lun_snapshot_uuid str RS
storage_encrypted bool NS
storage_policy_config NestedStoragePolicyConfig N
"""
