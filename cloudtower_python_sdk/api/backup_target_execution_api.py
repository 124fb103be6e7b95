# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BackupTargetExecutionApi(Api):
    """The BackupTargetExecution operations of the CloudTower API (docs/apis/BackupTargetExecutionApi.md)."""
    get_backup_target_executions = Op('get_backup_target_executions', 'POST', '/get-backup-target-executions', body=('get_backup_target_executions_request_body', 'GetBackupTargetExecutionsRequestBody', True), returns='list[BackupTargetExecution]')
    get_backup_target_executions_with_http_info = get_backup_target_executions.with_http_info
    get_backup_target_executions_connection = Op('get_backup_target_executions_connection', 'POST', '/get-backup-target-executions-connection', body=('get_backup_target_executions_connection_request_body', 'GetBackupTargetExecutionsConnectionRequestBody', True), returns='BackupTargetExecutionConnection')
    get_backup_target_executions_connection_with_http_info = get_backup_target_executions_connection.with_http_info
