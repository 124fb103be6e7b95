# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestorePointRestoreInPlaceParamsData(Model):
    """The BackupRestorePointRestoreInPlaceParamsData object of the CloudTower API.

    Fields: see docs/models/BackupRestorePointRestoreInPlaceParamsData.md.
    """
    __slots__ = ()
    startup_after_restore = F('startup_after_restore', 'bool', F.REQUIRED)
