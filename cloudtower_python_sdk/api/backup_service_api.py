# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BackupServiceApi(Api):
    """The BackupService operations of the CloudTower API (docs/apis/BackupServiceApi.md)."""
    get_backup_services = Op('get_backup_services', 'POST', '/get-backup-services', body=('get_backup_services_request_body', 'GetBackupServicesRequestBody', True), returns='list[BackupService]')
    get_backup_services_with_http_info = get_backup_services.with_http_info
    get_backup_services_connection = Op('get_backup_services_connection', 'POST', '/get-backup-services-connection', body=('get_backup_services_connection_request_body', 'GetBackupServicesConnectionRequestBody', True), returns='BackupServiceConnection')
    get_backup_services_connection_with_http_info = get_backup_services_connection.with_http_info
