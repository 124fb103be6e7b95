# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (DiscoveredHost, GetDiscoverHostsRequestBody, GetDiscoverHostsRequestBodyDict)


class DiscoveredHostApi(Api):
    @overload
    def get_discover_hosts(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[DiscoveredHost]: ...
    @overload
    def get_discover_hosts(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[DiscoveredHost]]: ...
    @overload
    def get_discover_hosts_with_http_info(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[DiscoveredHost]]: ...
    @overload
    def get_discover_hosts_with_http_info(self, get_discover_hosts_request_body: GetDiscoverHostsRequestBody | GetDiscoverHostsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[DiscoveredHost]]]: ...
