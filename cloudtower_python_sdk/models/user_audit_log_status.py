# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class UserAuditLogStatus(Enum):
    """Values of UserAuditLogStatus in the CloudTower API."""
    FAILED = 'FAILED'
    SUCCESSED = 'SUCCESSED'
    allowable_values = ['FAILED', 'SUCCESSED']
