# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupService(Model):
    _declared = """
application NestedCloudTowerApplication N
backup_clusters list[NestedCluster] N
backup_network_gateway str NS
backup_network_ip str NS
backup_network_subnet_mask str NS
backup_network_type BackupServiceNetworkType NS
backup_network_vlan str NS
backup_plans list[NestedBackupPlan] N
backup_rd_iops_max int NS
backup_store_repositories list[NestedBackupStoreRepository] N
backup_wr_iops_max int NS
description str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
id str RS
kube_config str RS
management_network_gateway str NS
management_network_ip str NS
management_network_subnet_mask str NS
management_network_vlan str NS
max_job_retry_times int NS
max_parallel_backup_jobs int NS
max_parallel_restore_jobs int NS
name str RS
network_status list[NestedBackupServiceNetworkStatus] N
restore_rd_iops_max int NS
restore_wr_iops_max int NS
retry_interval int NS
running_vm NestedVm N
status BackupServiceStatus NS
storage_network_gateway str NS
storage_network_ip str NS
storage_network_subnet_mask str NS
storage_network_type BackupServiceNetworkType NS
storage_network_vlan str NS
"""
