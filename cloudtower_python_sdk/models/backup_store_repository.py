# coding: utf-8
# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.model_base import Field as F, Model


class BackupStoreRepository(Model):
    """The BackupStoreRepository object of the CloudTower API.

    Fields: see docs/models/BackupStoreRepository.md.
    """
    __slots__ = ()
    backup_plans = F('backup_plans', 'list[NestedBackupPlan]', F.NULLABLE)
    backup_restore_points = F('backup_restore_points', 'list[NestedBackupRestorePoint]', F.NULLABLE)
    backup_service = F('backup_service', 'NestedBackupService', F.NULLABLE)
    created_at = F('createdAt', 'str', F.REQUIRED)
    description = F('description', 'str', F.NULLABLE)
    entity_async_status = F('entityAsyncStatus', 'EntityAsyncStatus', F.NULLABLE)
    error_code = F('error_code', 'str', F.NULLABLE)
    id = F('id', 'str', F.REQUIRED)
    iscsi_chap_name = F('iscsi_chap_name', 'str', F.NULLABLE)
    iscsi_chap_secret = F('iscsi_chap_secret', 'str', F.NULLABLE)
    iscsi_ip = F('iscsi_ip', 'str', F.NULLABLE)
    iscsi_lun_id = F('iscsi_lun_id', 'str', F.NULLABLE)
    iscsi_port = F('iscsi_port', 'int', F.NULLABLE)
    iscsi_target_iqn = F('iscsi_target_iqn', 'str', F.NULLABLE)
    name = F('name', 'str', F.REQUIRED)
    nfs_path = F('nfs_path', 'str', F.NULLABLE)
    nfs_server = F('nfs_server', 'str', F.NULLABLE)
    status = F('status', 'BackupStoreStatus', F.REQUIRED)
    total_capacity = F('total_capacity', 'int', F.REQUIRED)
    type = F('type', 'BackupStoreType', F.REQUIRED)
    update_timestamp = F('update_timestamp', 'str', F.NULLABLE)
    used_data_space = F('used_data_space', 'int', F.REQUIRED)
    used_data_space_usage = F('used_data_space_usage', 'float', F.NULLABLE)
    valid_data_space = F('valid_data_space', 'int', F.NULLABLE)
