# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SnapshotPlanStatus(Enum):
    """Values of SnapshotPlanStatus in the CloudTower API."""
    NORMAL = 'NORMAL'
    STOPPED = 'STOPPED'
    SUSPENDED = 'SUSPENDED'
    allowable_values = ['NORMAL', 'STOPPED', 'SUSPENDED']
