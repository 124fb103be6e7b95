# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (BackupService, BackupServiceConnection, GetBackupServicesConnectionRequestBody, GetBackupServicesConnectionRequestBodyDict, GetBackupServicesRequestBody, GetBackupServicesRequestBodyDict)


class BackupServiceApi(Api):
    @overload
    def get_backup_services(self, get_backup_services_request_body: GetBackupServicesRequestBody | GetBackupServicesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[BackupService]: ...
    @overload
    def get_backup_services(self, get_backup_services_request_body: GetBackupServicesRequestBody | GetBackupServicesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[BackupService]]: ...
    @overload
    def get_backup_services_with_http_info(self, get_backup_services_request_body: GetBackupServicesRequestBody | GetBackupServicesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[BackupService]]: ...
    @overload
    def get_backup_services_with_http_info(self, get_backup_services_request_body: GetBackupServicesRequestBody | GetBackupServicesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[BackupService]]]: ...
    @overload
    def get_backup_services_connection(self, get_backup_services_connection_request_body: GetBackupServicesConnectionRequestBody | GetBackupServicesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> BackupServiceConnection: ...
    @overload
    def get_backup_services_connection(self, get_backup_services_connection_request_body: GetBackupServicesConnectionRequestBody | GetBackupServicesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[BackupServiceConnection]: ...
    @overload
    def get_backup_services_connection_with_http_info(self, get_backup_services_connection_request_body: GetBackupServicesConnectionRequestBody | GetBackupServicesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[BackupServiceConnection]: ...
    @overload
    def get_backup_services_connection_with_http_info(self, get_backup_services_connection_request_body: GetBackupServicesConnectionRequestBody | GetBackupServicesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[BackupServiceConnection]]: ...
