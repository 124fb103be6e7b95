# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class GpuDeviceStatus(Enum):
    """Values of GpuDeviceStatus in the CloudTower API."""
    NEED_REBOOT = 'NEED_REBOOT'
    NOT_READY = 'NOT_READY'
    READY = 'READY'
    allowable_values = ['NEED_REBOOT', 'NOT_READY', 'READY']
