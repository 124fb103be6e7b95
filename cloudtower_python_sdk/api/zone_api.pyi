# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetZonesConnectionRequestBody, GetZonesConnectionRequestBodyDict, GetZonesRequestBody, GetZonesRequestBodyDict, Zone, ZoneConnection)


class ZoneApi(Api):
    @overload
    def get_zones(self, get_zones_request_body: GetZonesRequestBody | GetZonesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[Zone]: ...
    @overload
    def get_zones(self, get_zones_request_body: GetZonesRequestBody | GetZonesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[Zone]]: ...
    @overload
    def get_zones_with_http_info(self, get_zones_request_body: GetZonesRequestBody | GetZonesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[Zone]]: ...
    @overload
    def get_zones_with_http_info(self, get_zones_request_body: GetZonesRequestBody | GetZonesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[Zone]]]: ...
    @overload
    def get_zones_connection(self, get_zones_connection_request_body: GetZonesConnectionRequestBody | GetZonesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ZoneConnection: ...
    @overload
    def get_zones_connection(self, get_zones_connection_request_body: GetZonesConnectionRequestBody | GetZonesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ZoneConnection]: ...
    @overload
    def get_zones_connection_with_http_info(self, get_zones_connection_request_body: GetZonesConnectionRequestBody | GetZonesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ZoneConnection]: ...
    @overload
    def get_zones_connection_with_http_info(self, get_zones_connection_request_body: GetZonesConnectionRequestBody | GetZonesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ZoneConnection]]: ...
