# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class WeekdayTypeEnum(Enum):
    """Values of WeekdayTypeEnum in the CloudTower API."""
    FRI = 'FRI'
    MON = 'MON'
    SAT = 'SAT'
    SUN = 'SUN'
    THU = 'THU'
    TUE = 'TUE'
    WED = 'WED'
    allowable_values = ['FRI', 'MON', 'SAT', 'SUN', 'THU', 'TUE', 'WED']
