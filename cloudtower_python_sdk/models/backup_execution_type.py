# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupExecutionType(Enum):
    """Values of BackupExecutionType in the CloudTower API."""
    FULL = 'FULL'
    INCREMENTAL = 'INCREMENTAL'
    allowable_values = ['FULL', 'INCREMENTAL']
