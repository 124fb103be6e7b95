# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunSnapshotCreationParams(Model):
    __slots__ = ()
    _declared = """
effect IscsiLunSnapshotCreationEffect
iscsi_lun_id str R
iscsi_target_id str R
name str R
"""
