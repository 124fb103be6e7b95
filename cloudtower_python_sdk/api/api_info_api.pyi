# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api


class ApiInfoApi(Api):
    @overload
    def get_api_version(self, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> str: ...
    @overload
    def get_api_version(self, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[str]: ...
    @overload
    def get_api_version_with_http_info(self, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[str]: ...
    @overload
    def get_api_version_with_http_info(self, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[str]]: ...
