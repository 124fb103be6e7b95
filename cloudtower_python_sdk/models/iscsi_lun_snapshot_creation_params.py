# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunSnapshotCreationParams(Model):
    _declared = """
effect IscsiLunSnapshotCreationEffect
iscsi_lun_id str RS
iscsi_target_id str RS
name str RS
"""
