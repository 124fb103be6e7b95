# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupRestoreExecutionMode(Enum):
    """Values of BackupRestoreExecutionMode in the CloudTower API."""
    INPLACE = 'INPLACE'
    REBUILD = 'REBUILD'
    allowable_values = ['INPLACE', 'REBUILD']
