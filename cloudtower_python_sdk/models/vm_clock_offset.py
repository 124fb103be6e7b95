# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class VmClockOffset(Enum):
    """Values of VmClockOffset in the CloudTower API."""
    LOCALTIME = 'LOCALTIME'
    UTC = 'UTC'
    allowable_values = ['LOCALTIME', 'UTC']
