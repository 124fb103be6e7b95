# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupStoreType(Enum):
    """Values of BackupStoreType in the CloudTower API."""
    ISCSI = 'ISCSI'
    NFS3 = 'NFS3'
    NFS4 = 'NFS4'
    allowable_values = ['ISCSI', 'NFS3', 'NFS4']
