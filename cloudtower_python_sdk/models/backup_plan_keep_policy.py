# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanKeepPolicy(Enum):
    """Values of BackupPlanKeepPolicy in the CloudTower API."""
    COUNT = 'COUNT'
    FOREVER = 'FOREVER'
    TIME = 'TIME'
    allowable_values = ['COUNT', 'FOREVER', 'TIME']
