# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Model


class BackupStoreRepository(Model):
    __slots__ = ()
    _declared = """
backup_plans list[NestedBackupPlan] N
backup_restore_points list[NestedBackupRestorePoint] N
backup_service NestedBackupService N
createdAt:created_at str R
description str N
entityAsyncStatus:entity_async_status EntityAsyncStatus N
error_code str N
id str R
iscsi_chap_name str N
iscsi_chap_secret str N
iscsi_ip str N
iscsi_lun_id str N
iscsi_port int N
iscsi_target_iqn str N
name str R
nfs_path str N
nfs_server str N
status BackupStoreStatus R
total_capacity int R
type BackupStoreType R
update_timestamp str N
used_data_space int R
used_data_space_usage float N
valid_data_space int N
"""
