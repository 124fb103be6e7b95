# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BackupRestoreExecutionApi(Api):
    """The BackupRestoreExecution operations of the CloudTower API (docs/apis/BackupRestoreExecutionApi.md)."""
    get_backup_restore_executions = Op('get_backup_restore_executions', 'POST', '/get-backup-restore-executions', body=('get_backup_restore_executions_request_body', 'GetBackupRestoreExecutionsRequestBody', True), returns='list[BackupRestoreExecution]')
    get_backup_restore_executions_with_http_info = get_backup_restore_executions.with_http_info
    get_backup_restore_executions_connection = Op('get_backup_restore_executions_connection', 'POST', '/get-backup-restore-executions-connection', body=('get_backup_restore_executions_connection_request_body', 'GetBackupRestoreExecutionsConnectionRequestBody', True), returns='BackupRestoreExecutionConnection')
    get_backup_restore_executions_connection_with_http_info = get_backup_restore_executions_connection.with_http_info
