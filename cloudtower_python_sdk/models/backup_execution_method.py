# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupExecutionMethod(Enum):
    """Values of BackupExecutionMethod in the CloudTower API."""
    AUTO = 'AUTO'
    MANUAL = 'MANUAL'
    allowable_values = ['AUTO', 'MANUAL']
