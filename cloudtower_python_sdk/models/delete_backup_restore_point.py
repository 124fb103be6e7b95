# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class DeleteBackupRestorePoint(Model):
    """The DeleteBackupRestorePoint object of the CloudTower API.

    Fields: see docs/models/DeleteBackupRestorePoint.md.
    """
    __slots__ = ()
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
