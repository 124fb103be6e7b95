# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class HostStatus(Enum):
    """Values of HostStatus in the CloudTower API."""
    CONNECTED_ERROR = 'CONNECTED_ERROR'
    CONNECTED_HEALTHY = 'CONNECTED_HEALTHY'
    CONNECTED_WARNING = 'CONNECTED_WARNING'
    CONNECTING = 'CONNECTING'
    INITIALIZING = 'INITIALIZING'
    SESSION_EXPIRED = 'SESSION_EXPIRED'
    allowable_values = ['CONNECTED_ERROR', 'CONNECTED_HEALTHY', 'CONNECTED_WARNING', 'CONNECTING', 'INITIALIZING', 'SESSION_EXPIRED']
