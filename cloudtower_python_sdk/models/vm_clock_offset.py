# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmClockOffset(Enum):
    """Values of VmClockOffset in the CloudTower API."""
    LOCALTIME = 'LOCALTIME'
    UTC = 'UTC'
    allowable_values = ['LOCALTIME', 'UTC']
