# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnapshotPlanExecuteStatus(Enum):
    """Values of SnapshotPlanExecuteStatus in the CloudTower API."""
    CREATED = 'CREATED'
    FAILED = 'FAILED'
    IN_PROGRESS = 'IN_PROGRESS'
    SUCCEED = 'SUCCEED'
    UNSPECIFIED = 'UNSPECIFIED'
    allowable_values = ['CREATED', 'FAILED', 'IN_PROGRESS', 'SUCCEED', 'UNSPECIFIED']
