# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class DiskUsageStatus(Enum):
    """Values of DiskUsageStatus in the CloudTower API."""
    ISOLATED = 'ISOLATED'
    MOUNTED = 'MOUNTED'
    MOUNTING = 'MOUNTING'
    PARTIAL_MOUNTED = 'PARTIAL_MOUNTED'
    UNMOUNTED = 'UNMOUNTED'
    UNMOUNTING = 'UNMOUNTING'
    allowable_values = ['ISOLATED', 'MOUNTED', 'MOUNTING', 'PARTIAL_MOUNTED', 'UNMOUNTED', 'UNMOUNTING']
