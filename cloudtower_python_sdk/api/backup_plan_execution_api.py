# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BackupPlanExecutionApi(Api):
    """The BackupPlanExecution operations of the CloudTower API (docs/apis/BackupPlanExecutionApi.md)."""
    get_backup_plan_executions = Op('get_backup_plan_executions', 'POST', '/get-backup-plan-executions', body=('get_backup_plan_executions_request_body', 'GetBackupPlanExecutionsRequestBody', True), returns='list[BackupPlanExecution]')
    get_backup_plan_executions_with_http_info = get_backup_plan_executions.with_http_info
    get_backup_plan_executions_connection = Op('get_backup_plan_executions_connection', 'POST', '/get-backup-plan-executions-connection', body=('get_backup_plan_executions_connection_request_body', 'GetBackupPlanExecutionsConnectionRequestBody', True), returns='BackupPlanExecutionConnection')
    get_backup_plan_executions_connection_with_http_info = get_backup_plan_executions_connection.with_http_info
