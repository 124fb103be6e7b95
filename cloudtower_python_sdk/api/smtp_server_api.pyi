# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetSmtpServersConnectionRequestBody, GetSmtpServersConnectionRequestBodyDict, GetSmtpServersRequestBody, GetSmtpServersRequestBodyDict, SmtpServer, SmtpServerConnection)


class SmtpServerApi(Api):
    @overload
    def get_smtp_servers(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> list[SmtpServer]: ...
    @overload
    def get_smtp_servers(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[list[SmtpServer]]: ...
    @overload
    def get_smtp_servers_with_http_info(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[list[SmtpServer]]: ...
    @overload
    def get_smtp_servers_with_http_info(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[SmtpServer]]]: ...
    @overload
    def get_smtp_servers_connection(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> SmtpServerConnection: ...
    @overload
    def get_smtp_servers_connection(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[SmtpServerConnection]: ...
    @overload
    def get_smtp_servers_connection_with_http_info(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[SmtpServerConnection]: ...
    @overload
    def get_smtp_servers_connection_with_http_info(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[SmtpServerConnection]]: ...
