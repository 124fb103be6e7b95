# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (ClusterTopo, ClusterTopoConnection, GetClusterTopoesConnectionRequestBody, GetClusterTopoesConnectionRequestBodyDict, GetClusterTopoesRequestBody, GetClusterTopoesRequestBodyDict)


class ClusterTopoApi(Api):
    @overload
    def get_cluster_topoes(self, get_cluster_topoes_request_body: GetClusterTopoesRequestBody | GetClusterTopoesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ClusterTopo]: ...
    @overload
    def get_cluster_topoes(self, get_cluster_topoes_request_body: GetClusterTopoesRequestBody | GetClusterTopoesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ClusterTopo]]: ...
    @overload
    def get_cluster_topoes_with_http_info(self, get_cluster_topoes_request_body: GetClusterTopoesRequestBody | GetClusterTopoesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ClusterTopo]]: ...
    @overload
    def get_cluster_topoes_with_http_info(self, get_cluster_topoes_request_body: GetClusterTopoesRequestBody | GetClusterTopoesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ClusterTopo]]]: ...
    @overload
    def get_cluster_topoes_connection(self, get_cluster_topoes_connection_request_body: GetClusterTopoesConnectionRequestBody | GetClusterTopoesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ClusterTopoConnection: ...
    @overload
    def get_cluster_topoes_connection(self, get_cluster_topoes_connection_request_body: GetClusterTopoesConnectionRequestBody | GetClusterTopoesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ClusterTopoConnection]: ...
    @overload
    def get_cluster_topoes_connection_with_http_info(self, get_cluster_topoes_connection_request_body: GetClusterTopoesConnectionRequestBody | GetClusterTopoesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ClusterTopoConnection]: ...
    @overload
    def get_cluster_topoes_connection_with_http_info(self, get_cluster_topoes_connection_request_body: GetClusterTopoesConnectionRequestBody | GetClusterTopoesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ClusterTopoConnection]]: ...
