# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class HostState(Enum):
    """Values of HostState in the CloudTower API."""
    IDLE = 'IDLE'
    IN_USE = 'IN_USE'
    REMOVING = 'REMOVING'
    allowable_values = ['IDLE', 'IN_USE', 'REMOVING']
