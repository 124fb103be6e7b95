# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (ClusterImage, ClusterImageConnection, GetClusterImagesConnectionRequestBody, GetClusterImagesConnectionRequestBodyDict, GetClusterImagesRequestBody, GetClusterImagesRequestBodyDict)


class ClusterImageApi(Api):
    @overload
    def get_cluster_images(self, get_cluster_images_request_body: GetClusterImagesRequestBody | GetClusterImagesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ClusterImage]: ...
    @overload
    def get_cluster_images(self, get_cluster_images_request_body: GetClusterImagesRequestBody | GetClusterImagesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ClusterImage]]: ...
    @overload
    def get_cluster_images_with_http_info(self, get_cluster_images_request_body: GetClusterImagesRequestBody | GetClusterImagesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ClusterImage]]: ...
    @overload
    def get_cluster_images_with_http_info(self, get_cluster_images_request_body: GetClusterImagesRequestBody | GetClusterImagesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ClusterImage]]]: ...
    @overload
    def get_cluster_images_connection(self, get_cluster_images_connection_request_body: GetClusterImagesConnectionRequestBody | GetClusterImagesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ClusterImageConnection: ...
    @overload
    def get_cluster_images_connection(self, get_cluster_images_connection_request_body: GetClusterImagesConnectionRequestBody | GetClusterImagesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ClusterImageConnection]: ...
    @overload
    def get_cluster_images_connection_with_http_info(self, get_cluster_images_connection_request_body: GetClusterImagesConnectionRequestBody | GetClusterImagesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ClusterImageConnection]: ...
    @overload
    def get_cluster_images_connection_with_http_info(self, get_cluster_images_connection_request_body: GetClusterImagesConnectionRequestBody | GetClusterImagesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ClusterImageConnection]]: ...
