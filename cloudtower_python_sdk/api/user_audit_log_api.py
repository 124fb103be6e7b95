# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class UserAuditLogApi(Api):
    """The UserAuditLog operations of the CloudTower API (docs/apis/UserAuditLogApi.md)."""
    create_user_audit_log = Op('create_user_audit_log', 'POST', '/create-user-audit-log', body=('user_audit_log_creation_params', 'list[UserAuditLogCreationParams]', True), returns='list[WithTaskUserAuditLog]')
    create_user_audit_log_with_http_info = create_user_audit_log.with_http_info
    get_user_audit_logs = Op('get_user_audit_logs', 'POST', '/get-user-audit-logs', body=('get_user_audit_logs_request_body', 'GetUserAuditLogsRequestBody', True), returns='list[UserAuditLog]')
    get_user_audit_logs_with_http_info = get_user_audit_logs.with_http_info
    get_user_audit_logs_connection = Op('get_user_audit_logs_connection', 'POST', '/get-user-audit-logs-connection', body=('get_user_audit_logs_connection_request_body', 'GetUserAuditLogsConnectionRequestBody', True), returns='UserAuditLogConnection')
    get_user_audit_logs_connection_with_http_info = get_user_audit_logs_connection.with_http_info
