# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (EverouteLicense, EverouteLicenseConnection, GetEverouteLicensesConnectionRequestBody, GetEverouteLicensesConnectionRequestBodyDict, GetEverouteLicensesRequestBody, GetEverouteLicensesRequestBodyDict)


class EverouteLicenseApi(Api):
    @overload
    def get_everoute_licenses(self, get_everoute_licenses_request_body: GetEverouteLicensesRequestBody | GetEverouteLicensesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[EverouteLicense]: ...
    @overload
    def get_everoute_licenses(self, get_everoute_licenses_request_body: GetEverouteLicensesRequestBody | GetEverouteLicensesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[EverouteLicense]]: ...
    @overload
    def get_everoute_licenses_with_http_info(self, get_everoute_licenses_request_body: GetEverouteLicensesRequestBody | GetEverouteLicensesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[EverouteLicense]]: ...
    @overload
    def get_everoute_licenses_with_http_info(self, get_everoute_licenses_request_body: GetEverouteLicensesRequestBody | GetEverouteLicensesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[EverouteLicense]]]: ...
    @overload
    def get_everoute_licenses_connection(self, get_everoute_licenses_connection_request_body: GetEverouteLicensesConnectionRequestBody | GetEverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> EverouteLicenseConnection: ...
    @overload
    def get_everoute_licenses_connection(self, get_everoute_licenses_connection_request_body: GetEverouteLicensesConnectionRequestBody | GetEverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[EverouteLicenseConnection]: ...
    @overload
    def get_everoute_licenses_connection_with_http_info(self, get_everoute_licenses_connection_request_body: GetEverouteLicensesConnectionRequestBody | GetEverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[EverouteLicenseConnection]: ...
    @overload
    def get_everoute_licenses_connection_with_http_info(self, get_everoute_licenses_connection_request_body: GetEverouteLicensesConnectionRequestBody | GetEverouteLicensesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[EverouteLicenseConnection]]: ...
