# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetIscsiConnectionsConnectionRequestBody, GetIscsiConnectionsConnectionRequestBodyDict, GetIscsiConnectionsRequestBody, GetIscsiConnectionsRequestBodyDict, IscsiConnection, IscsiConnectionConnection)


class IscsiConnectionApi(Api):
    @overload
    def get_iscsi_connections(self, get_iscsi_connections_request_body: GetIscsiConnectionsRequestBody | GetIscsiConnectionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[IscsiConnection]: ...
    @overload
    def get_iscsi_connections(self, get_iscsi_connections_request_body: GetIscsiConnectionsRequestBody | GetIscsiConnectionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[IscsiConnection]]: ...
    @overload
    def get_iscsi_connections_with_http_info(self, get_iscsi_connections_request_body: GetIscsiConnectionsRequestBody | GetIscsiConnectionsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[IscsiConnection]]: ...
    @overload
    def get_iscsi_connections_with_http_info(self, get_iscsi_connections_request_body: GetIscsiConnectionsRequestBody | GetIscsiConnectionsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[IscsiConnection]]]: ...
    @overload
    def get_iscsi_connections_connection(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> IscsiConnectionConnection: ...
    @overload
    def get_iscsi_connections_connection(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[IscsiConnectionConnection]: ...
    @overload
    def get_iscsi_connections_connection_with_http_info(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[IscsiConnectionConnection]: ...
    @overload
    def get_iscsi_connections_connection_with_http_info(self, get_iscsi_connections_connection_request_body: GetIscsiConnectionsConnectionRequestBody | GetIscsiConnectionsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[IscsiConnectionConnection]]: ...
