# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (ResourceChangeResponse)


class InternalApi(Api):
    @overload
    def get_resource_changes(self, action: str | None = ..., resource_type: str | None = ..., resource_id: str | None = ..., start_revision: str | None = ..., limit: int | None = ..., *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ResourceChangeResponse: ...
    @overload
    def get_resource_changes(self, action: str | None = ..., resource_type: str | None = ..., resource_id: str | None = ..., start_revision: str | None = ..., limit: int | None = ..., *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ResourceChangeResponse]: ...
    @overload
    def get_resource_changes_with_http_info(self, action: str | None = ..., resource_type: str | None = ..., resource_id: str | None = ..., start_revision: str | None = ..., limit: int | None = ..., *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ResourceChangeResponse]: ...
    @overload
    def get_resource_changes_with_http_info(self, action: str | None = ..., resource_type: str | None = ..., resource_id: str | None = ..., start_revision: str | None = ..., limit: int | None = ..., *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ResourceChangeResponse]]: ...
