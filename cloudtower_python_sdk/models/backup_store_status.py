# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupStoreStatus(Enum):
    """Values of BackupStoreStatus in the CloudTower API."""
    CONNECTED = 'CONNECTED'
    CONNECTING = 'CONNECTING'
    DISABLED = 'DISABLED'
    ERROR = 'ERROR'
    INIT = 'INIT'
    INIT_ERROR = 'INIT_ERROR'
    allowable_values = ['CONNECTED', 'CONNECTING', 'DISABLED', 'ERROR', 'INIT', 'INIT_ERROR']
