# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (BackupPlanExecution, BackupPlanExecutionConnection, GetBackupPlanExecutionsConnectionRequestBody, GetBackupPlanExecutionsConnectionRequestBodyDict, GetBackupPlanExecutionsRequestBody, GetBackupPlanExecutionsRequestBodyDict)


class BackupPlanExecutionApi(Api):
    @overload
    def get_backup_plan_executions(self, get_backup_plan_executions_request_body: GetBackupPlanExecutionsRequestBody | GetBackupPlanExecutionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[BackupPlanExecution]: ...
    @overload
    def get_backup_plan_executions(self, get_backup_plan_executions_request_body: GetBackupPlanExecutionsRequestBody | GetBackupPlanExecutionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[BackupPlanExecution]]: ...
    @overload
    def get_backup_plan_executions_with_http_info(self, get_backup_plan_executions_request_body: GetBackupPlanExecutionsRequestBody | GetBackupPlanExecutionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[BackupPlanExecution]]: ...
    @overload
    def get_backup_plan_executions_with_http_info(self, get_backup_plan_executions_request_body: GetBackupPlanExecutionsRequestBody | GetBackupPlanExecutionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[BackupPlanExecution]]]: ...
    @overload
    def get_backup_plan_executions_connection(self, get_backup_plan_executions_connection_request_body: GetBackupPlanExecutionsConnectionRequestBody | GetBackupPlanExecutionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> BackupPlanExecutionConnection: ...
    @overload
    def get_backup_plan_executions_connection(self, get_backup_plan_executions_connection_request_body: GetBackupPlanExecutionsConnectionRequestBody | GetBackupPlanExecutionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[BackupPlanExecutionConnection]: ...
    @overload
    def get_backup_plan_executions_connection_with_http_info(self, get_backup_plan_executions_connection_request_body: GetBackupPlanExecutionsConnectionRequestBody | GetBackupPlanExecutionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[BackupPlanExecutionConnection]: ...
    @overload
    def get_backup_plan_executions_connection_with_http_info(self, get_backup_plan_executions_connection_request_body: GetBackupPlanExecutionsConnectionRequestBody | GetBackupPlanExecutionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[BackupPlanExecutionConnection]]: ...
