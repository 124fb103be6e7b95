# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (EverouteCluster, EverouteClusterConnection, GetEverouteClustersConnectionRequestBody, GetEverouteClustersConnectionRequestBodyDict, GetEverouteClustersRequestBody, GetEverouteClustersRequestBodyDict)


class EverouteClusterApi(Api):
    @overload
    def get_everoute_clusters(self, get_everoute_clusters_request_body: GetEverouteClustersRequestBody | GetEverouteClustersRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[EverouteCluster]: ...
    @overload
    def get_everoute_clusters(self, get_everoute_clusters_request_body: GetEverouteClustersRequestBody | GetEverouteClustersRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[EverouteCluster]]: ...
    @overload
    def get_everoute_clusters_with_http_info(self, get_everoute_clusters_request_body: GetEverouteClustersRequestBody | GetEverouteClustersRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[EverouteCluster]]: ...
    @overload
    def get_everoute_clusters_with_http_info(self, get_everoute_clusters_request_body: GetEverouteClustersRequestBody | GetEverouteClustersRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[EverouteCluster]]]: ...
    @overload
    def get_everoute_clusters_connection(self, get_everoute_clusters_connection_request_body: GetEverouteClustersConnectionRequestBody | GetEverouteClustersConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> EverouteClusterConnection: ...
    @overload
    def get_everoute_clusters_connection(self, get_everoute_clusters_connection_request_body: GetEverouteClustersConnectionRequestBody | GetEverouteClustersConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[EverouteClusterConnection]: ...
    @overload
    def get_everoute_clusters_connection_with_http_info(self, get_everoute_clusters_connection_request_body: GetEverouteClustersConnectionRequestBody | GetEverouteClustersConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[EverouteClusterConnection]: ...
    @overload
    def get_everoute_clusters_connection_with_http_info(self, get_everoute_clusters_connection_request_body: GetEverouteClustersConnectionRequestBody | GetEverouteClustersConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[EverouteClusterConnection]]: ...
