# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api


class ApiInfoApi(Api):
    @overload
    def get_api_version(self, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> str: ...
    @overload
    def get_api_version(self, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[str]: ...
    @overload
    def get_api_version_with_http_info(self, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[str]: ...
    @overload
    def get_api_version_with_http_info(self, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[str]]: ...
