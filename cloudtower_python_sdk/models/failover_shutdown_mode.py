# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class FailoverShutdownMode(Enum):
    """Values of FailoverShutdownMode in the CloudTower API."""
    NONE = 'NONE'
    POWEROFF = 'POWEROFF'
    SHUTDOWN = 'SHUTDOWN'
    SHUTDOWNWITHPOWEROFF = 'SHUTDOWNWITHPOWEROFF'
    allowable_values = ['NONE', 'POWEROFF', 'SHUTDOWN', 'SHUTDOWNWITHPOWEROFF']
