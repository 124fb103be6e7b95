# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupRestorePointType(Enum):
    """Values of BackupRestorePointType in the CloudTower API."""
    FULL = 'FULL'
    INCREMENTAL = 'INCREMENTAL'
    allowable_values = ['FULL', 'INCREMENTAL']
