# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Enum


class BackupStoreType(Enum):
    """Values of BackupStoreType in the CloudTower API."""
    ISCSI = 'ISCSI'
    NFS3 = 'NFS3'
    NFS4 = 'NFS4'
    allowable_values = ['ISCSI', 'NFS3', 'NFS4']
