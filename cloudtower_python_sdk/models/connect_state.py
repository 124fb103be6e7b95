# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ConnectState(Enum):
    """Values of ConnectState in the CloudTower API."""
    CONNECTED = 'CONNECTED'
    DISCONNECTED = 'DISCONNECTED'
    INITIALIZING = 'INITIALIZING'
    REMOVING = 'REMOVING'
    allowable_values = ['CONNECTED', 'DISCONNECTED', 'INITIALIZING', 'REMOVING']
