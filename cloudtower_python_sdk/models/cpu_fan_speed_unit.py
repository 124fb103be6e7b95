# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class CpuFanSpeedUnit(Enum):
    """Values of CpuFanSpeedUnit in the CloudTower API."""
    PERCENT = 'PERCENT'
    RPM = 'RPM'
    allowable_values = ['PERCENT', 'RPM']
