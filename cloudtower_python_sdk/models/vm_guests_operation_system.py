# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmGuestsOperationSystem(Enum):
    """Values of VmGuestsOperationSystem in the CloudTower API."""
    LINUX = 'LINUX'
    UNKNOWN = 'UNKNOWN'
    WINDOWS = 'WINDOWS'
    allowable_values = ['LINUX', 'UNKNOWN', 'WINDOWS']
