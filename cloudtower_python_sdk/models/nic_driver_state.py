# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class NicDriverState(Enum):
    """Values of NicDriverState in the CloudTower API."""
    NEED_REBOOT = 'NEED_REBOOT'
    NOT_READY = 'NOT_READY'
    NO_DRIVER = 'NO_DRIVER'
    READY = 'READY'
    allowable_values = ['NEED_REBOOT', 'NOT_READY', 'NO_DRIVER', 'READY']
