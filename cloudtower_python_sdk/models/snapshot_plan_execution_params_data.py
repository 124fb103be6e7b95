# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class SnapshotPlanExecutionParamsData(Model):
    """The SnapshotPlanExecutionParamsData object of the CloudTower API.

    Fields: see docs/models/SnapshotPlanExecutionParamsData.md.
    """
    __slots__ = ()
    task_name = F('task_name', 'str', F.REQUIRED)
