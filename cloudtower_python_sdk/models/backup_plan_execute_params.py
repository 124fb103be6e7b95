# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupPlanExecuteParams(Model):
    """The BackupPlanExecuteParams object of the CloudTower API.

    Fields: see docs/models/BackupPlanExecuteParams.md.
    """
    __slots__ = ()
    data = F('data', 'BackupPlanExecuteParamsData', F.REQUIRED)
    where = F('where', 'BackupPlanWhereInput', F.REQUIRED)
