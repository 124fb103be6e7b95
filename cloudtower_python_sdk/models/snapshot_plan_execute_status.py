# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnapshotPlanExecuteStatus(Enum):
    """Values of SnapshotPlanExecuteStatus in the CloudTower API."""
    CREATED = 'CREATED'
    FAILED = 'FAILED'
    IN_PROGRESS = 'IN_PROGRESS'
    SUCCEED = 'SUCCEED'
    UNSPECIFIED = 'UNSPECIFIED'
    allowable_values = ['CREATED', 'FAILED', 'IN_PROGRESS', 'SUCCEED', 'UNSPECIFIED']
