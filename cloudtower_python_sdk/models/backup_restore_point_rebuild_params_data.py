# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupRestorePointRebuildParamsData(Model):
    _declared = """
rebuild_name str RS
rebuild_network_mapping list[BackupRestoreExecutionNetworkMapping] R
rebuild_target_cluster_id str RS
rebuild_target_host_id str RS
startup_after_restore bool RS
"""
