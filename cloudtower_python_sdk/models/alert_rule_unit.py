# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class AlertRuleUnit(Enum):
    """Values of AlertRuleUnit in the CloudTower API."""
    BIT = 'BIT'
    BYTE = 'BYTE'
    BYTE_PER_SECOND = 'BYTE_PER_SECOND'
    CELSIUS = 'CELSIUS'
    HERTZ = 'HERTZ'
    MICROSECOND = 'MICROSECOND'
    NANOSECOND = 'NANOSECOND'
    PERCENT = 'PERCENT'
    SECOND = 'SECOND'
    UNIT_UNSPECIFIED = 'UNIT_UNSPECIFIED'
    allowable_values = ['BIT', 'BYTE', 'BYTE_PER_SECOND', 'CELSIUS', 'HERTZ', 'MICROSECOND', 'NANOSECOND', 'PERCENT', 'SECOND', 'UNIT_UNSPECIFIED']
