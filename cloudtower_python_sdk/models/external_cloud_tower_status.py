# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ExternalCloudTowerStatus(Enum):
    """Values of ExternalCloudTowerStatus in the CloudTower API."""
    CONNECTED = 'CONNECTED'
    CONNECTING = 'CONNECTING'
    DISCONNECTED = 'DISCONNECTED'
    allowable_values = ['CONNECTED', 'CONNECTING', 'DISCONNECTED']
