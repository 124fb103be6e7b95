# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanExecutionStatus(Enum):
    """Values of BackupPlanExecutionStatus in the CloudTower API."""
    FAILED = 'FAILED'
    NEVER_EXECUTE = 'NEVER_EXECUTE'
    PARTIAL_SUCCESS = 'PARTIAL_SUCCESS'
    PAUSED = 'PAUSED'
    RUNNING = 'RUNNING'
    SUCCESS = 'SUCCESS'
    WAITING_EXECUTE = 'WAITING_EXECUTE'
    allowable_values = ['FAILED', 'NEVER_EXECUTE', 'PARTIAL_SUCCESS', 'PAUSED', 'RUNNING', 'SUCCESS', 'WAITING_EXECUTE']
