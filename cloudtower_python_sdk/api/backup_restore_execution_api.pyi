# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (BackupRestoreExecution, BackupRestoreExecutionConnection, GetBackupRestoreExecutionsConnectionRequestBody, GetBackupRestoreExecutionsConnectionRequestBodyDict, GetBackupRestoreExecutionsRequestBody, GetBackupRestoreExecutionsRequestBodyDict)


class BackupRestoreExecutionApi(Api):
    @overload
    def get_backup_restore_executions(self, get_backup_restore_executions_request_body: GetBackupRestoreExecutionsRequestBody | GetBackupRestoreExecutionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[BackupRestoreExecution]: ...
    @overload
    def get_backup_restore_executions(self, get_backup_restore_executions_request_body: GetBackupRestoreExecutionsRequestBody | GetBackupRestoreExecutionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[BackupRestoreExecution]]: ...
    @overload
    def get_backup_restore_executions_with_http_info(self, get_backup_restore_executions_request_body: GetBackupRestoreExecutionsRequestBody | GetBackupRestoreExecutionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[BackupRestoreExecution]]: ...
    @overload
    def get_backup_restore_executions_with_http_info(self, get_backup_restore_executions_request_body: GetBackupRestoreExecutionsRequestBody | GetBackupRestoreExecutionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[BackupRestoreExecution]]]: ...
    @overload
    def get_backup_restore_executions_connection(self, get_backup_restore_executions_connection_request_body: GetBackupRestoreExecutionsConnectionRequestBody | GetBackupRestoreExecutionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> BackupRestoreExecutionConnection: ...
    @overload
    def get_backup_restore_executions_connection(self, get_backup_restore_executions_connection_request_body: GetBackupRestoreExecutionsConnectionRequestBody | GetBackupRestoreExecutionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[BackupRestoreExecutionConnection]: ...
    @overload
    def get_backup_restore_executions_connection_with_http_info(self, get_backup_restore_executions_connection_request_body: GetBackupRestoreExecutionsConnectionRequestBody | GetBackupRestoreExecutionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[BackupRestoreExecutionConnection]: ...
    @overload
    def get_backup_restore_executions_connection_with_http_info(self, get_backup_restore_executions_connection_request_body: GetBackupRestoreExecutionsConnectionRequestBody | GetBackupRestoreExecutionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[BackupRestoreExecutionConnection]]: ...
