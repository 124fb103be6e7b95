# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupPlanDelayOption(Enum):
    """Values of BackupPlanDelayOption in the CloudTower API."""
    KEEP_GO_ON = 'KEEP_GO_ON'
    STOP_BACKUP = 'STOP_BACKUP'
    allowable_values = ['KEEP_GO_ON', 'STOP_BACKUP']
