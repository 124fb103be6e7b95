# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupService(Model):
    """The BackupService object of the CloudTower API.

    Fields: see docs/models/BackupService.md.
    """
    __slots__ = ()
    application = F('application', 'NestedCloudTowerApplication', F.NULLABLE)
    backup_clusters = F('backup_clusters', 'list[NestedCluster]', F.NULLABLE)
    backup_network_gateway = F('backup_network_gateway', 'str', F.NULLABLE)
    backup_network_ip = F('backup_network_ip', 'str', F.NULLABLE)
    backup_network_subnet_mask = F('backup_network_subnet_mask', 'str', F.NULLABLE)
    backup_network_type = F('backup_network_type', 'BackupServiceNetworkType', F.NULLABLE)
    backup_network_vlan = F('backup_network_vlan', 'str', F.NULLABLE)
    backup_plans = F('backup_plans', 'list[NestedBackupPlan]', F.NULLABLE)
    backup_rd_iops_max = F('backup_rd_iops_max', 'int', F.NULLABLE)
    backup_store_repositories = F('backup_store_repositories', 'list[NestedBackupStoreRepository]', F.NULLABLE)
    backup_wr_iops_max = F('backup_wr_iops_max', 'int', F.NULLABLE)
    description = F('description', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    kube_config = F('kube_config', 'str', F.REQUIRED)
    management_network_gateway = F('management_network_gateway', 'str', F.NULLABLE)
    management_network_ip = F('management_network_ip', 'str', F.NULLABLE)
    management_network_subnet_mask = F('management_network_subnet_mask', 'str', F.NULLABLE)
    management_network_vlan = F('management_network_vlan', 'str', F.NULLABLE)
    max_job_retry_times = F('max_job_retry_times', 'int', F.NULLABLE)
    max_parallel_backup_jobs = F('max_parallel_backup_jobs', 'int', F.NULLABLE)
    max_parallel_restore_jobs = F('max_parallel_restore_jobs', 'int', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    network_status = F('network_status', 'list[NestedBackupServiceNetworkStatus]', F.NULLABLE)
    restore_rd_iops_max = F('restore_rd_iops_max', 'int', F.NULLABLE)
    restore_wr_iops_max = F('restore_wr_iops_max', 'int', F.NULLABLE)
    retry_interval = F('retry_interval', 'int', F.NULLABLE)
    running_vm = F('running_vm', 'NestedVm', F.NULLABLE)
    status = F('status', 'BackupServiceStatus', F.NULLABLE)
    storage_network_gateway = F('storage_network_gateway', 'str', F.NULLABLE)
    storage_network_ip = F('storage_network_ip', 'str', F.NULLABLE)
    storage_network_subnet_mask = F('storage_network_subnet_mask', 'str', F.NULLABLE)
    storage_network_type = F('storage_network_type', 'BackupServiceNetworkType', F.NULLABLE)
    storage_network_vlan = F('storage_network_vlan', 'str', F.NULLABLE)
