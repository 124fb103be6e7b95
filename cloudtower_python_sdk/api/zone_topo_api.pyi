# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetZoneTopoesConnectionRequestBody, GetZoneTopoesConnectionRequestBodyDict, GetZoneTopoesRequestBody, GetZoneTopoesRequestBodyDict, ZoneTopo, ZoneTopoConnection)


class ZoneTopoApi(Api):
    @overload
    def get_zone_topoes(self, get_zone_topoes_request_body: GetZoneTopoesRequestBody | GetZoneTopoesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ZoneTopo]: ...
    @overload
    def get_zone_topoes(self, get_zone_topoes_request_body: GetZoneTopoesRequestBody | GetZoneTopoesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ZoneTopo]]: ...
    @overload
    def get_zone_topoes_with_http_info(self, get_zone_topoes_request_body: GetZoneTopoesRequestBody | GetZoneTopoesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ZoneTopo]]: ...
    @overload
    def get_zone_topoes_with_http_info(self, get_zone_topoes_request_body: GetZoneTopoesRequestBody | GetZoneTopoesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ZoneTopo]]]: ...
    @overload
    def get_zone_topoes_connection(self, get_zone_topoes_connection_request_body: GetZoneTopoesConnectionRequestBody | GetZoneTopoesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ZoneTopoConnection: ...
    @overload
    def get_zone_topoes_connection(self, get_zone_topoes_connection_request_body: GetZoneTopoesConnectionRequestBody | GetZoneTopoesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ZoneTopoConnection]: ...
    @overload
    def get_zone_topoes_connection_with_http_info(self, get_zone_topoes_connection_request_body: GetZoneTopoesConnectionRequestBody | GetZoneTopoesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ZoneTopoConnection]: ...
    @overload
    def get_zone_topoes_connection_with_http_info(self, get_zone_topoes_connection_request_body: GetZoneTopoesConnectionRequestBody | GetZoneTopoesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ZoneTopoConnection]]: ...
