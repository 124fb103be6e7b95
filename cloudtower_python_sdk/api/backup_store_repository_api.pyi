# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (BackupStoreRepository, BackupStoreRepositoryConnection, GetBackupStoreRepositoriesConnectionRequestBody, GetBackupStoreRepositoriesConnectionRequestBodyDict, GetBackupStoreRepositoriesRequestBody, GetBackupStoreRepositoriesRequestBodyDict)


class BackupStoreRepositoryApi(Api):
    @overload
    def get_backup_store_repositories(self, get_backup_store_repositories_request_body: GetBackupStoreRepositoriesRequestBody | GetBackupStoreRepositoriesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[BackupStoreRepository]: ...
    @overload
    def get_backup_store_repositories(self, get_backup_store_repositories_request_body: GetBackupStoreRepositoriesRequestBody | GetBackupStoreRepositoriesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[BackupStoreRepository]]: ...
    @overload
    def get_backup_store_repositories_with_http_info(self, get_backup_store_repositories_request_body: GetBackupStoreRepositoriesRequestBody | GetBackupStoreRepositoriesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[BackupStoreRepository]]: ...
    @overload
    def get_backup_store_repositories_with_http_info(self, get_backup_store_repositories_request_body: GetBackupStoreRepositoriesRequestBody | GetBackupStoreRepositoriesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[BackupStoreRepository]]]: ...
    @overload
    def get_backup_store_repositories_connection(self, get_backup_store_repositories_connection_request_body: GetBackupStoreRepositoriesConnectionRequestBody | GetBackupStoreRepositoriesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> BackupStoreRepositoryConnection: ...
    @overload
    def get_backup_store_repositories_connection(self, get_backup_store_repositories_connection_request_body: GetBackupStoreRepositoriesConnectionRequestBody | GetBackupStoreRepositoriesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[BackupStoreRepositoryConnection]: ...
    @overload
    def get_backup_store_repositories_connection_with_http_info(self, get_backup_store_repositories_connection_request_body: GetBackupStoreRepositoriesConnectionRequestBody | GetBackupStoreRepositoriesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[BackupStoreRepositoryConnection]: ...
    @overload
    def get_backup_store_repositories_connection_with_http_info(self, get_backup_store_repositories_connection_request_body: GetBackupStoreRepositoriesConnectionRequestBody | GetBackupStoreRepositoriesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[BackupStoreRepositoryConnection]]: ...
