# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmStatus(Enum):
    """Values of VmStatus in the CloudTower API."""
    DELETED = 'DELETED'
    RUNNING = 'RUNNING'
    STOPPED = 'STOPPED'
    SUSPENDED = 'SUSPENDED'
    UNKNOWN = 'UNKNOWN'
    allowable_values = ['DELETED', 'RUNNING', 'STOPPED', 'SUSPENDED', 'UNKNOWN']
