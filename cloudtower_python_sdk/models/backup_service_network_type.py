# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupServiceNetworkType(Enum):
    """Values of BackupServiceNetworkType in the CloudTower API."""
    MANAGEMENT = 'MANAGEMENT'
    NEW_NIC = 'NEW_NIC'
    STORAGE = 'STORAGE'
    allowable_values = ['MANAGEMENT', 'NEW_NIC', 'STORAGE']
