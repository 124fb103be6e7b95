# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class TimeUnit(Enum):
    """Values of TimeUnit in the CloudTower API."""
    DAY = 'DAY'
    HOUR = 'HOUR'
    MINUTE = 'MINUTE'
    MONTH = 'MONTH'
    allowable_values = ['DAY', 'HOUR', 'MINUTE', 'MONTH']
