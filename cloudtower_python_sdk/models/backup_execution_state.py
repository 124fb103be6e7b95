# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupExecutionState(Enum):
    """Values of BackupExecutionState in the CloudTower API."""
    FAILED = 'FAILED'
    PARTLY_FAILED = 'PARTLY_FAILED'
    PAUSED = 'PAUSED'
    PAUSING = 'PAUSING'
    RUNNING = 'RUNNING'
    STARTING = 'STARTING'
    SUCCEED = 'SUCCEED'
    allowable_values = ['FAILED', 'PARTLY_FAILED', 'PAUSED', 'PAUSING', 'RUNNING', 'STARTING', 'SUCCEED']
