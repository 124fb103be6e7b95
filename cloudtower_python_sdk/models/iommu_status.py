# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class IommuStatus(Enum):
    """Values of IommuStatus in the CloudTower API."""
    DISABLE = 'DISABLE'
    ENABLE = 'ENABLE'
    NEED_REBOOT = 'NEED_REBOOT'
    allowable_values = ['DISABLE', 'ENABLE', 'NEED_REBOOT']
