# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class SystemAuditLogApi(Api):
    """The SystemAuditLog operations of the CloudTower API (docs/apis/SystemAuditLogApi.md)."""
    get_system_audit_logs = Op('get_system_audit_logs', 'POST', '/get-system-audit-logs', body=('get_system_audit_logs_request_body', 'GetSystemAuditLogsRequestBody', True), returns='list[SystemAuditLog]')
    get_system_audit_logs_with_http_info = get_system_audit_logs.with_http_info
    get_system_audit_logs_connection = Op('get_system_audit_logs_connection', 'POST', '/get-system-audit-logs-connection', body=('get_system_audit_logs_connection_request_body', 'GetSystemAuditLogsConnectionRequestBody', True), returns='SystemAuditLogConnection')
    get_system_audit_logs_connection_with_http_info = get_system_audit_logs_connection.with_http_info
