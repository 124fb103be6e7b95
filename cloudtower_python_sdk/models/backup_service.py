# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupService(Model):
    __slots__ = ()
    _declared = """
application NestedCloudTowerApplication N
backup_clusters list[NestedCluster] N
backup_network_gateway str N
backup_network_ip str N
backup_network_subnet_mask str N
backup_network_type BackupServiceNetworkType N
backup_network_vlan str N
backup_plans list[NestedBackupPlan] N
backup_rd_iops_max int N
backup_store_repositories list[NestedBackupStoreRepository] N
backup_wr_iops_max int N
description str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
id str R
kube_config str R
management_network_gateway str N
management_network_ip str N
management_network_subnet_mask str N
management_network_vlan str N
max_job_retry_times int N
max_parallel_backup_jobs int N
max_parallel_restore_jobs int N
name str R
network_status list[NestedBackupServiceNetworkStatus] N
restore_rd_iops_max int N
restore_wr_iops_max int N
retry_interval int N
running_vm NestedVm N
status BackupServiceStatus N
storage_network_gateway str N
storage_network_ip str N
storage_network_subnet_mask str N
storage_network_type BackupServiceNetworkType N
storage_network_vlan str N
"""
