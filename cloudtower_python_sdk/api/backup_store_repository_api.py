# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from cloudtower_python_sdk.api_base import Api, Operation as Op, api_module_getattr

__getattr__ = api_module_getattr(__name__)  # another Api class asked of this module: found, warns


class BackupStoreRepositoryApi(Api):
    """The BackupStoreRepository operations of the CloudTower API (docs/apis/BackupStoreRepositoryApi.md)."""
    get_backup_store_repositories = Op('get_backup_store_repositories', 'POST', '/get-backup-store-repositories', body=('get_backup_store_repositories_request_body', 'GetBackupStoreRepositoriesRequestBody', True), returns='list[BackupStoreRepository]')
    get_backup_store_repositories_with_http_info = get_backup_store_repositories.with_http_info
    get_backup_store_repositories_connection = Op('get_backup_store_repositories_connection', 'POST', '/get-backup-store-repositories-connection', body=('get_backup_store_repositories_connection_request_body', 'GetBackupStoreRepositoriesConnectionRequestBody', True), returns='BackupStoreRepositoryConnection')
    get_backup_store_repositories_connection_with_http_info = get_backup_store_repositories_connection.with_http_info
