# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupExecutionStatus(Enum):
    """Values of BackupExecutionStatus in the CloudTower API."""
    ABORTED = 'ABORTED'
    FAILED = 'FAILED'
    INITIALIZING = 'INITIALIZING'
    PAUSED = 'PAUSED'
    PENDING = 'PENDING'
    RUNNING = 'RUNNING'
    SUCCESS = 'SUCCESS'
    allowable_values = ['ABORTED', 'FAILED', 'INITIALIZING', 'PAUSED', 'PENDING', 'RUNNING', 'SUCCESS']
