# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnapshotPlanTaskType(Enum):
    """Values of SnapshotPlanTaskType in the CloudTower API."""
    CLONE = 'TASK_TYPE_CLONE'
    PROTECT = 'TASK_TYPE_PROTECT'
    ROLLBACK = 'TASK_TYPE_ROLLBACK'
    allowable_values = ['TASK_TYPE_CLONE', 'TASK_TYPE_PROTECT', 'TASK_TYPE_ROLLBACK']
