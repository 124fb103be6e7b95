# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupPlanDeletionParamsData(Model):
    """The BackupPlanDeletionParamsData object of the CloudTower API.

    Fields: see docs/models/BackupPlanDeletionParamsData.md.
    """
    __slots__ = ()
    delete_strategy = F('delete_strategy', 'BackupPlanDeleteStrategy', F.REQUIRED)
