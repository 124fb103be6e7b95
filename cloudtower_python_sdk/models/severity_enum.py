# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class SeverityEnum(Enum):
    """Values of SeverityEnum in the CloudTower API."""
    CRITICAL = 'CRITICAL'
    INFO = 'INFO'
    NOTICE = 'NOTICE'
    SEVERITY_UNSPECIFIED = 'SEVERITY_UNSPECIFIED'
    allowable_values = ['CRITICAL', 'INFO', 'NOTICE', 'SEVERITY_UNSPECIFIED']
