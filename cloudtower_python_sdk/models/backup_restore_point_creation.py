# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupRestorePointCreation(Enum):
    """Values of BackupRestorePointCreation in the CloudTower API."""
    AUTO = 'AUTO'
    FAILBACK = 'FAILBACK'
    FAILOVER = 'FAILOVER'
    FAILOVER_TEST = 'FAILOVER_TEST'
    MANUAL = 'MANUAL'
    allowable_values = ['AUTO', 'FAILBACK', 'FAILOVER', 'FAILOVER_TEST', 'MANUAL']
