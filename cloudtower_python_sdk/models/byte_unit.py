# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ByteUnit(Enum):
    """Values of ByteUnit in the CloudTower API."""
    B = 'B'
    KB = 'KB'
    MB = 'MB'
    GB = 'GB'
    TB = 'TB'
    PB = 'PB'
    allowable_values = ['B', 'KB', 'MB', 'GB', 'TB', 'PB']
