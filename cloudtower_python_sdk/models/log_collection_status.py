# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class LogCollectionStatus(Enum):
    """Values of LogCollectionStatus in the CloudTower API."""
    EXECUTING = 'EXECUTING'
    FAILED = 'FAILED'
    STOPPING = 'STOPPING'
    SUCCESSED = 'SUCCESSED'
    allowable_values = ['EXECUTING', 'FAILED', 'STOPPING', 'SUCCESSED']
