# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetIpmisRequestBody, GetIpmisRequestBodyDict, Ipmi)


class IpmiApi(Api):
    @overload
    def get_ipmis(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[Ipmi]: ...
    @overload
    def get_ipmis(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[Ipmi]]: ...
    @overload
    def get_ipmis_with_http_info(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[Ipmi]]: ...
    @overload
    def get_ipmis_with_http_info(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[Ipmi]]]: ...
