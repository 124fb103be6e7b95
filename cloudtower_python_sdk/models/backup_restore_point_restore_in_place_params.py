# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestorePointRestoreInPlaceParams(Model):
    """The BackupRestorePointRestoreInPlaceParams object of the CloudTower API.

    Fields: see docs/models/BackupRestorePointRestoreInPlaceParams.md.
    """
    __slots__ = ()
    data = F('data', 'BackupRestorePointRestoreInPlaceParamsData', F.REQUIRED)
    where = F('where', 'BackupRestorePointWhereInput', F.REQUIRED)
