# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class MetroCheckStatusEnum(Enum):
    """Values of MetroCheckStatusEnum in the CloudTower API."""
    CRITICAL = 'CRITICAL'
    HEALTHY = 'HEALTHY'
    INFO = 'INFO'
    NOTICE = 'NOTICE'
    allowable_values = ['CRITICAL', 'HEALTHY', 'INFO', 'NOTICE']
