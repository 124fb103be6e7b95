# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class TaskStatus(Enum):
    """Values of TaskStatus in the CloudTower API."""
    EXECUTING = 'EXECUTING'
    FAILED = 'FAILED'
    PAUSED = 'PAUSED'
    PENDING = 'PENDING'
    SUCCESSED = 'SUCCESSED'
    allowable_values = ['EXECUTING', 'FAILED', 'PAUSED', 'PENDING', 'SUCCESSED']
