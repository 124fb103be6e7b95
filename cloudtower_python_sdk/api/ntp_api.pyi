# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (NtpServiceUrl)


class NtpApi(Api):
    @overload
    def get_ntp_service_url(self, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> NtpServiceUrl: ...
    @overload
    def get_ntp_service_url(self, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[NtpServiceUrl]: ...
    @overload
    def get_ntp_service_url_with_http_info(self, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[NtpServiceUrl]: ...
    @overload
    def get_ntp_service_url_with_http_info(self, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[NtpServiceUrl]]: ...
