# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (DiscoveredHost, GetDiscoverHostsRequestBody, GetDiscoverHostsRequestBodyDict)


class DiscoveredHostApi(Api):
    @overload
    def get_discover_hosts(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> list[DiscoveredHost]: ...
    @overload
    def get_discover_hosts(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[list[DiscoveredHost]]: ...
    @overload
    def get_discover_hosts_with_http_info(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[list[DiscoveredHost]]: ...
    @overload
    def get_discover_hosts_with_http_info(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[DiscoveredHost]]]: ...
