# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class OperateActionEnum(Enum):
    """Values of OperateActionEnum in the CloudTower API."""
    POWEROFF = 'poweroff'
    REBOOT = 'reboot'
    allowable_values = ['poweroff', 'reboot']
