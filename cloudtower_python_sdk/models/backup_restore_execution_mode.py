# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupRestoreExecutionMode(Enum):
    """Values of BackupRestoreExecutionMode in the CloudTower API."""
    INPLACE = 'INPLACE'
    REBUILD = 'REBUILD'
    allowable_values = ['INPLACE', 'REBUILD']
