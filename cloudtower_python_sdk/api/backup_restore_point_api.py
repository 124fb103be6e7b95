# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BackupRestorePointApi(Api):
    """The BackupRestorePoint operations of the CloudTower API (docs/apis/BackupRestorePointApi.md)."""
    get_backup_restore_points = Op('get_backup_restore_points', 'POST', '/get-backup-restore-points', body=('get_backup_restore_points_request_body', 'GetBackupRestorePointsRequestBody', True), returns='list[BackupRestorePoint]')
    get_backup_restore_points_with_http_info = get_backup_restore_points.with_http_info
    get_backup_restore_points_connection = Op('get_backup_restore_points_connection', 'POST', '/get-backup-restore-points-connection', body=('get_backup_restore_points_connection_request_body', 'GetBackupRestorePointsConnectionRequestBody', True), returns='BackupRestorePointConnection')
    get_backup_restore_points_connection_with_http_info = get_backup_restore_points_connection.with_http_info
