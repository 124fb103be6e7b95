# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class IscsiLunSnapshotCreationParams(Model):
    __slots__ = ()
    _declared = """
effect IscsiLunSnapshotCreationEffect
iscsi_lun_id str R
iscsi_target_id str R
name str R
"""
