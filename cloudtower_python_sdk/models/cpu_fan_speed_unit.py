# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class CpuFanSpeedUnit(Enum):
    """Values of CpuFanSpeedUnit in the CloudTower API."""
    PERCENT = 'PERCENT'
    RPM = 'RPM'
    allowable_values = ['PERCENT', 'RPM']
