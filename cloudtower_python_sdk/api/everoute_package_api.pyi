# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (EveroutePackage, EveroutePackageConnection, GetEveroutePackagesConnectionRequestBody, GetEveroutePackagesConnectionRequestBodyDict, GetEveroutePackagesRequestBody, GetEveroutePackagesRequestBodyDict)


class EveroutePackageApi(Api):
    @overload
    def get_everoute_packages(self, get_everoute_packages_request_body: GetEveroutePackagesRequestBody | GetEveroutePackagesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[EveroutePackage]: ...
    @overload
    def get_everoute_packages(self, get_everoute_packages_request_body: GetEveroutePackagesRequestBody | GetEveroutePackagesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[EveroutePackage]]: ...
    @overload
    def get_everoute_packages_with_http_info(self, get_everoute_packages_request_body: GetEveroutePackagesRequestBody | GetEveroutePackagesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[EveroutePackage]]: ...
    @overload
    def get_everoute_packages_with_http_info(self, get_everoute_packages_request_body: GetEveroutePackagesRequestBody | GetEveroutePackagesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[EveroutePackage]]]: ...
    @overload
    def get_everoute_packages_connection(self, get_everoute_packages_connection_request_body: GetEveroutePackagesConnectionRequestBody | GetEveroutePackagesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> EveroutePackageConnection: ...
    @overload
    def get_everoute_packages_connection(self, get_everoute_packages_connection_request_body: GetEveroutePackagesConnectionRequestBody | GetEveroutePackagesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[EveroutePackageConnection]: ...
    @overload
    def get_everoute_packages_connection_with_http_info(self, get_everoute_packages_connection_request_body: GetEveroutePackagesConnectionRequestBody | GetEveroutePackagesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[EveroutePackageConnection]: ...
    @overload
    def get_everoute_packages_connection_with_http_info(self, get_everoute_packages_connection_request_body: GetEveroutePackagesConnectionRequestBody | GetEveroutePackagesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[EveroutePackageConnection]]: ...
