# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (Application, ApplicationConnection, GetApplicationsConnectionRequestBody, GetApplicationsConnectionRequestBodyDict, GetApplicationsRequestBody, GetApplicationsRequestBodyDict)


class ApplicationApi(Api):
    @overload
    def get_applications(self, get_applications_request_body: GetApplicationsRequestBody | GetApplicationsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[Application]: ...
    @overload
    def get_applications(self, get_applications_request_body: GetApplicationsRequestBody | GetApplicationsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[Application]]: ...
    @overload
    def get_applications_with_http_info(self, get_applications_request_body: GetApplicationsRequestBody | GetApplicationsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[Application]]: ...
    @overload
    def get_applications_with_http_info(self, get_applications_request_body: GetApplicationsRequestBody | GetApplicationsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[Application]]]: ...
    @overload
    def get_applications_connection(self, get_applications_connection_request_body: GetApplicationsConnectionRequestBody | GetApplicationsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ApplicationConnection: ...
    @overload
    def get_applications_connection(self, get_applications_connection_request_body: GetApplicationsConnectionRequestBody | GetApplicationsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ApplicationConnection]: ...
    @overload
    def get_applications_connection_with_http_info(self, get_applications_connection_request_body: GetApplicationsConnectionRequestBody | GetApplicationsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ApplicationConnection]: ...
    @overload
    def get_applications_connection_with_http_info(self, get_applications_connection_request_body: GetApplicationsConnectionRequestBody | GetApplicationsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ApplicationConnection]]: ...
