# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class FilterStatus(Enum):
    """Values of FilterStatus in the CloudTower API."""
    EXECUTING = 'EXECUTING'
    FAILED = 'FAILED'
    INITIALIZING = 'INITIALIZING'
    PARTIAL_SUCCESSED = 'PARTIAL_SUCCESSED'
    SUCCESSED = 'SUCCESSED'
    allowable_values = ['EXECUTING', 'FAILED', 'INITIALIZING', 'PARTIAL_SUCCESSED', 'SUCCESSED']
