# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetV2EverouteLicensesConnectionRequestBody, GetV2EverouteLicensesConnectionRequestBodyDict, GetV2EverouteLicensesRequestBody, GetV2EverouteLicensesRequestBodyDict, V2EverouteLicense, V2EverouteLicenseConnection)


class V2EverouteLicenseApi(Api):
    @overload
    def get_v2_everoute_licenses(self, get_v2_everoute_licenses_request_body: GetV2EverouteLicensesRequestBody | GetV2EverouteLicensesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[V2EverouteLicense]: ...
    @overload
    def get_v2_everoute_licenses(self, get_v2_everoute_licenses_request_body: GetV2EverouteLicensesRequestBody | GetV2EverouteLicensesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[V2EverouteLicense]]: ...
    @overload
    def get_v2_everoute_licenses_with_http_info(self, get_v2_everoute_licenses_request_body: GetV2EverouteLicensesRequestBody | GetV2EverouteLicensesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[V2EverouteLicense]]: ...
    @overload
    def get_v2_everoute_licenses_with_http_info(self, get_v2_everoute_licenses_request_body: GetV2EverouteLicensesRequestBody | GetV2EverouteLicensesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[V2EverouteLicense]]]: ...
    @overload
    def get_v2_everoute_licenses_connection(self, get_v2_everoute_licenses_connection_request_body: GetV2EverouteLicensesConnectionRequestBody | GetV2EverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> V2EverouteLicenseConnection: ...
    @overload
    def get_v2_everoute_licenses_connection(self, get_v2_everoute_licenses_connection_request_body: GetV2EverouteLicensesConnectionRequestBody | GetV2EverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[V2EverouteLicenseConnection]: ...
    @overload
    def get_v2_everoute_licenses_connection_with_http_info(self, get_v2_everoute_licenses_connection_request_body: GetV2EverouteLicensesConnectionRequestBody | GetV2EverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[V2EverouteLicenseConnection]: ...
    @overload
    def get_v2_everoute_licenses_connection_with_http_info(self, get_v2_everoute_licenses_connection_request_body: GetV2EverouteLicensesConnectionRequestBody | GetV2EverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[V2EverouteLicenseConnection]]: ...
