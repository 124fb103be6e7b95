# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupServiceNetworkStatusEnum(Enum):
    """Values of BackupServiceNetworkStatusEnum in the CloudTower API."""
    CONNECTED = 'CONNECTED'
    DISCONNECTED = 'DISCONNECTED'
    allowable_values = ['CONNECTED', 'DISCONNECTED']
