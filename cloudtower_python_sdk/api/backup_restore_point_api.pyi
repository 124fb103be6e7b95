# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (BackupRestorePoint, BackupRestorePointConnection, GetBackupRestorePointsConnectionRequestBody, GetBackupRestorePointsConnectionRequestBodyDict, GetBackupRestorePointsRequestBody, GetBackupRestorePointsRequestBodyDict)


class BackupRestorePointApi(Api):
    @overload
    def get_backup_restore_points(self, get_backup_restore_points_request_body: GetBackupRestorePointsRequestBody | GetBackupRestorePointsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[BackupRestorePoint]: ...
    @overload
    def get_backup_restore_points(self, get_backup_restore_points_request_body: GetBackupRestorePointsRequestBody | GetBackupRestorePointsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[BackupRestorePoint]]: ...
    @overload
    def get_backup_restore_points_with_http_info(self, get_backup_restore_points_request_body: GetBackupRestorePointsRequestBody | GetBackupRestorePointsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[BackupRestorePoint]]: ...
    @overload
    def get_backup_restore_points_with_http_info(self, get_backup_restore_points_request_body: GetBackupRestorePointsRequestBody | GetBackupRestorePointsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[BackupRestorePoint]]]: ...
    @overload
    def get_backup_restore_points_connection(self, get_backup_restore_points_connection_request_body: GetBackupRestorePointsConnectionRequestBody | GetBackupRestorePointsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> BackupRestorePointConnection: ...
    @overload
    def get_backup_restore_points_connection(self, get_backup_restore_points_connection_request_body: GetBackupRestorePointsConnectionRequestBody | GetBackupRestorePointsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[BackupRestorePointConnection]: ...
    @overload
    def get_backup_restore_points_connection_with_http_info(self, get_backup_restore_points_connection_request_body: GetBackupRestorePointsConnectionRequestBody | GetBackupRestorePointsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[BackupRestorePointConnection]: ...
    @overload
    def get_backup_restore_points_connection_with_http_info(self, get_backup_restore_points_connection_request_body: GetBackupRestorePointsConnectionRequestBody | GetBackupRestorePointsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[BackupRestorePointConnection]]: ...
