# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanPhase(Enum):
    """Values of BackupPlanPhase in the CloudTower API."""
    INVALID = 'INVALID'
    PAUSED = 'PAUSED'
    SCHEDULING = 'SCHEDULING'
    STOPPED = 'STOPPED'
    VALIDATING = 'VALIDATING'
    WAITING_SCHEDULE = 'WAITING_SCHEDULE'
    allowable_values = ['INVALID', 'PAUSED', 'SCHEDULING', 'STOPPED', 'VALIDATING', 'WAITING_SCHEDULE']
