# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DiskUsage(Enum):
    """Values of DiskUsage in the CloudTower API."""
    BOOT = 'BOOT'
    CACHE = 'CACHE'
    CACHE_AND_META = 'CACHE_AND_META'
    DATA = 'DATA'
    DATA_AND_META = 'DATA_AND_META'
    allowable_values = ['BOOT', 'CACHE', 'CACHE_AND_META', 'DATA', 'DATA_AND_META']
