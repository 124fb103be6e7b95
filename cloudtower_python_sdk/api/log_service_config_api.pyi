# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetLogServiceConfigsRequestBody, GetLogServiceConfigsRequestBodyDict, LogServiceConfig)


class LogServiceConfigApi(Api):
    @overload
    def get_log_service_configs(self, get_log_service_configs_request_body: GetLogServiceConfigsRequestBody | GetLogServiceConfigsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[LogServiceConfig]: ...
    @overload
    def get_log_service_configs(self, get_log_service_configs_request_body: GetLogServiceConfigsRequestBody | GetLogServiceConfigsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[LogServiceConfig]]: ...
    @overload
    def get_log_service_configs_with_http_info(self, get_log_service_configs_request_body: GetLogServiceConfigsRequestBody | GetLogServiceConfigsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[LogServiceConfig]]: ...
    @overload
    def get_log_service_configs_with_http_info(self, get_log_service_configs_request_body: GetLogServiceConfigsRequestBody | GetLogServiceConfigsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[LogServiceConfig]]]: ...
