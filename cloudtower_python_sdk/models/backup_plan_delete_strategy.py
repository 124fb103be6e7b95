# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanDeleteStrategy(Enum):
    """Values of BackupPlanDeleteStrategy in the CloudTower API."""
    DELETE_RESTORE_POINT = 'DELETE_RESTORE_POINT'
    KEEP_RESTORE_POINT = 'KEEP_RESTORE_POINT'
    allowable_values = ['DELETE_RESTORE_POINT', 'KEEP_RESTORE_POINT']
