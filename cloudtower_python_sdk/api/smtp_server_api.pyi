# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetSmtpServersConnectionRequestBody, GetSmtpServersConnectionRequestBodyDict, GetSmtpServersRequestBody, GetSmtpServersRequestBodyDict, SmtpServer, SmtpServerConnection)


class SmtpServerApi(Api):
    @overload
    def get_smtp_servers(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[SmtpServer]: ...
    @overload
    def get_smtp_servers(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[SmtpServer]]: ...
    @overload
    def get_smtp_servers_with_http_info(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[SmtpServer]]: ...
    @overload
    def get_smtp_servers_with_http_info(self, get_smtp_servers_request_body: GetSmtpServersRequestBody | GetSmtpServersRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[SmtpServer]]]: ...
    @overload
    def get_smtp_servers_connection(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> SmtpServerConnection: ...
    @overload
    def get_smtp_servers_connection(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[SmtpServerConnection]: ...
    @overload
    def get_smtp_servers_connection_with_http_info(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[SmtpServerConnection]: ...
    @overload
    def get_smtp_servers_connection_with_http_info(self, get_smtp_servers_connection_request_body: GetSmtpServersConnectionRequestBody | GetSmtpServersConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[SmtpServerConnection]]: ...
