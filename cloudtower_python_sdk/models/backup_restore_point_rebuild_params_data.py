# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupRestorePointRebuildParamsData(Model):
    """The BackupRestorePointRebuildParamsData object of the CloudTower API.

    Fields: see docs/models/BackupRestorePointRebuildParamsData.md.
    """
    __slots__ = ()
    rebuild_name = F('rebuild_name', 'str', F.REQUIRED)
    rebuild_network_mapping = F('rebuild_network_mapping', 'list[BackupRestoreExecutionNetworkMapping]', F.REQUIRED)
    rebuild_target_cluster_id = F('rebuild_target_cluster_id', 'str', F.REQUIRED)
    rebuild_target_host_id = F('rebuild_target_host_id', 'str', F.REQUIRED)
    startup_after_restore = F('startup_after_restore', 'bool', F.REQUIRED)
