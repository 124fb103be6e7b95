# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVirtualPrivateCloudClusterBindingsConnectionRequestBody, GetVirtualPrivateCloudClusterBindingsConnectionRequestBodyDict, GetVirtualPrivateCloudClusterBindingsRequestBody, GetVirtualPrivateCloudClusterBindingsRequestBodyDict, VirtualPrivateCloudClusterBinding, VirtualPrivateCloudClusterBindingConnection)


class VirtualPrivateCloudClusterBindingApi(Api):
    @overload
    def get_virtual_private_cloud_cluster_bindings(self, get_virtual_private_cloud_cluster_bindings_request_body: GetVirtualPrivateCloudClusterBindingsRequestBody | GetVirtualPrivateCloudClusterBindingsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VirtualPrivateCloudClusterBinding]: ...
    @overload
    def get_virtual_private_cloud_cluster_bindings(self, get_virtual_private_cloud_cluster_bindings_request_body: GetVirtualPrivateCloudClusterBindingsRequestBody | GetVirtualPrivateCloudClusterBindingsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VirtualPrivateCloudClusterBinding]]: ...
    @overload
    def get_virtual_private_cloud_cluster_bindings_with_http_info(self, get_virtual_private_cloud_cluster_bindings_request_body: GetVirtualPrivateCloudClusterBindingsRequestBody | GetVirtualPrivateCloudClusterBindingsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VirtualPrivateCloudClusterBinding]]: ...
    @overload
    def get_virtual_private_cloud_cluster_bindings_with_http_info(self, get_virtual_private_cloud_cluster_bindings_request_body: GetVirtualPrivateCloudClusterBindingsRequestBody | GetVirtualPrivateCloudClusterBindingsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VirtualPrivateCloudClusterBinding]]]: ...
    @overload
    def get_virtual_private_cloud_cluster_bindings_connection(self, get_virtual_private_cloud_cluster_bindings_connection_request_body: GetVirtualPrivateCloudClusterBindingsConnectionRequestBody | GetVirtualPrivateCloudClusterBindingsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VirtualPrivateCloudClusterBindingConnection: ...
    @overload
    def get_virtual_private_cloud_cluster_bindings_connection(self, get_virtual_private_cloud_cluster_bindings_connection_request_body: GetVirtualPrivateCloudClusterBindingsConnectionRequestBody | GetVirtualPrivateCloudClusterBindingsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VirtualPrivateCloudClusterBindingConnection]: ...
    @overload
    def get_virtual_private_cloud_cluster_bindings_connection_with_http_info(self, get_virtual_private_cloud_cluster_bindings_connection_request_body: GetVirtualPrivateCloudClusterBindingsConnectionRequestBody | GetVirtualPrivateCloudClusterBindingsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VirtualPrivateCloudClusterBindingConnection]: ...
    @overload
    def get_virtual_private_cloud_cluster_bindings_connection_with_http_info(self, get_virtual_private_cloud_cluster_bindings_connection_request_body: GetVirtualPrivateCloudClusterBindingsConnectionRequestBody | GetVirtualPrivateCloudClusterBindingsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VirtualPrivateCloudClusterBindingConnection]]: ...
