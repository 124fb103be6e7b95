# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanStatus(Enum):
    """Values of BackupPlanStatus in the CloudTower API."""
    PAUSED = 'PAUSED'
    STOPPED = 'STOPPED'
    WORKING = 'WORKING'
    allowable_values = ['PAUSED', 'STOPPED', 'WORKING']
