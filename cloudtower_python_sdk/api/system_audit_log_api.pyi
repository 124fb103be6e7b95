# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetSystemAuditLogsConnectionRequestBody, GetSystemAuditLogsConnectionRequestBodyDict, GetSystemAuditLogsRequestBody, GetSystemAuditLogsRequestBodyDict, SystemAuditLog, SystemAuditLogConnection)


class SystemAuditLogApi(Api):
    @overload
    def get_system_audit_logs(self, get_system_audit_logs_request_body: GetSystemAuditLogsRequestBody | GetSystemAuditLogsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[SystemAuditLog]: ...
    @overload
    def get_system_audit_logs(self, get_system_audit_logs_request_body: GetSystemAuditLogsRequestBody | GetSystemAuditLogsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[SystemAuditLog]]: ...
    @overload
    def get_system_audit_logs_with_http_info(self, get_system_audit_logs_request_body: GetSystemAuditLogsRequestBody | GetSystemAuditLogsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[SystemAuditLog]]: ...
    @overload
    def get_system_audit_logs_with_http_info(self, get_system_audit_logs_request_body: GetSystemAuditLogsRequestBody | GetSystemAuditLogsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[SystemAuditLog]]]: ...
    @overload
    def get_system_audit_logs_connection(self, get_system_audit_logs_connection_request_body: GetSystemAuditLogsConnectionRequestBody | GetSystemAuditLogsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> SystemAuditLogConnection: ...
    @overload
    def get_system_audit_logs_connection(self, get_system_audit_logs_connection_request_body: GetSystemAuditLogsConnectionRequestBody | GetSystemAuditLogsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[SystemAuditLogConnection]: ...
    @overload
    def get_system_audit_logs_connection_with_http_info(self, get_system_audit_logs_connection_request_body: GetSystemAuditLogsConnectionRequestBody | GetSystemAuditLogsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[SystemAuditLogConnection]: ...
    @overload
    def get_system_audit_logs_connection_with_http_info(self, get_system_audit_logs_connection_request_body: GetSystemAuditLogsConnectionRequestBody | GetSystemAuditLogsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[SystemAuditLogConnection]]: ...
