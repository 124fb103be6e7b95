# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (BackupTargetExecution, BackupTargetExecutionConnection, GetBackupTargetExecutionsConnectionRequestBody, GetBackupTargetExecutionsConnectionRequestBodyDict, GetBackupTargetExecutionsRequestBody, GetBackupTargetExecutionsRequestBodyDict)


class BackupTargetExecutionApi(Api):
    @overload
    def get_backup_target_executions(self, get_backup_target_executions_request_body: GetBackupTargetExecutionsRequestBody | GetBackupTargetExecutionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[BackupTargetExecution]: ...
    @overload
    def get_backup_target_executions(self, get_backup_target_executions_request_body: GetBackupTargetExecutionsRequestBody | GetBackupTargetExecutionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[BackupTargetExecution]]: ...
    @overload
    def get_backup_target_executions_with_http_info(self, get_backup_target_executions_request_body: GetBackupTargetExecutionsRequestBody | GetBackupTargetExecutionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[BackupTargetExecution]]: ...
    @overload
    def get_backup_target_executions_with_http_info(self, get_backup_target_executions_request_body: GetBackupTargetExecutionsRequestBody | GetBackupTargetExecutionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[BackupTargetExecution]]]: ...
    @overload
    def get_backup_target_executions_connection(self, get_backup_target_executions_connection_request_body: GetBackupTargetExecutionsConnectionRequestBody | GetBackupTargetExecutionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> BackupTargetExecutionConnection: ...
    @overload
    def get_backup_target_executions_connection(self, get_backup_target_executions_connection_request_body: GetBackupTargetExecutionsConnectionRequestBody | GetBackupTargetExecutionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[BackupTargetExecutionConnection]: ...
    @overload
    def get_backup_target_executions_connection_with_http_info(self, get_backup_target_executions_connection_request_body: GetBackupTargetExecutionsConnectionRequestBody | GetBackupTargetExecutionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[BackupTargetExecutionConnection]: ...
    @overload
    def get_backup_target_executions_connection_with_http_info(self, get_backup_target_executions_connection_request_body: GetBackupTargetExecutionsConnectionRequestBody | GetBackupTargetExecutionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[BackupTargetExecutionConnection]]: ...
