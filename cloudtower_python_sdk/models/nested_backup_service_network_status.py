# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class NestedBackupServiceNetworkStatus(Model):
    """The NestedBackupServiceNetworkStatus object of the CloudTower API.

    Fields: see docs/models/NestedBackupServiceNetworkStatus.md.
    """
    __slots__ = ()
    cluster = F('cluster', 'str', F.REQUIRED)
    status = F('status', 'BackupServiceNetworkStatusEnum', F.REQUIRED)
