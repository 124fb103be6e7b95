# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetIpmisRequestBody, GetIpmisRequestBodyDict, Ipmi)


class IpmiApi(Api):
    @overload
    def get_ipmis(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> list[Ipmi]: ...
    @overload
    def get_ipmis(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[list[Ipmi]]: ...
    @overload
    def get_ipmis_with_http_info(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[list[Ipmi]]: ...
    @overload
    def get_ipmis_with_http_info(self, get_ipmis_request_body: GetIpmisRequestBody | GetIpmisRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[Ipmi]]]: ...
