# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupStoreRepository(Model):
    _declared = """
backup_plans list[NestedBackupPlan] N
backup_restore_points list[NestedBackupRestorePoint] N
backup_service NestedBackupService N
createdAt:created_at str RS
description str NS
entityAsyncStatus:entity_async_status EntityAsyncStatus NS
error_code str NS
id str RS
iscsi_chap_name str NS
iscsi_chap_secret str NS
iscsi_ip str NS
iscsi_lun_id str NS
iscsi_port int NS
iscsi_target_iqn str NS
name str RS
nfs_path str NS
nfs_server str NS
status BackupStoreStatus RS
total_capacity int RS
type BackupStoreType RS
update_timestamp str NS
used_data_space int RS
used_data_space_usage float NS
valid_data_space int NS
"""
