# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class ConsistentType(Enum):
    """Values of ConsistentType in the CloudTower API."""
    CRASH_CONSISTENT = 'CRASH_CONSISTENT'
    FILE_SYSTEM_CONSISTENT = 'FILE_SYSTEM_CONSISTENT'
    allowable_values = ['CRASH_CONSISTENT', 'FILE_SYSTEM_CONSISTENT']
