# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MetricUnit(Enum):
    """Values of MetricUnit in the CloudTower API."""
    COUNT = 'COUNT'
    DATA_RATE_BIT = 'DATA_RATE_BIT'
    DATA_RATE_BYTE = 'DATA_RATE_BYTE'
    DATA_SIZE = 'DATA_SIZE'
    FREQUENCY = 'FREQUENCY'
    LOAD = 'LOAD'
    PERCENT = 'PERCENT'
    RATIO = 'RATIO'
    STORAGE_BAND_WIDTH = 'STORAGE_BAND_WIDTH'
    TEMPERATURE = 'TEMPERATURE'
    TIME = 'TIME'
    allowable_values = ['COUNT', 'DATA_RATE_BIT', 'DATA_RATE_BYTE', 'DATA_SIZE', 'FREQUENCY', 'LOAD', 'PERCENT', 'RATIO', 'STORAGE_BAND_WIDTH', 'TEMPERATURE', 'TIME']
