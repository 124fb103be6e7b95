# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UsbDeviceStatus(Enum):
    """Values of UsbDeviceStatus in the CloudTower API."""
    EJECTED = 'EJECTED'
    NORMAL = 'NORMAL'
    allowable_values = ['EJECTED', 'NORMAL']
