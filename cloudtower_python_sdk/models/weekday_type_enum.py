# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

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
