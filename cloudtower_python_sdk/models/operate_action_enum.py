# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class OperateActionEnum(Enum):
    """Values of OperateActionEnum in the CloudTower API."""
    POWEROFF = 'poweroff'
    REBOOT = 'reboot'
    allowable_values = ['poweroff', 'reboot']
