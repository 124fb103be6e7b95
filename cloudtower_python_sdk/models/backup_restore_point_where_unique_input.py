# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestorePointWhereUniqueInput(Model):
    """The BackupRestorePointWhereUniqueInput object of the CloudTower API.

    Fields: see docs/models/BackupRestorePointWhereUniqueInput.md.
    """
    __slots__ = ()
    id = F('id', 'str', F.NULLABLE)
    local_id = F('local_id', 'str', F.NULLABLE)
