# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBody, GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBodyDict, GetVirtualPrivateCloudEdgeGatewaysRequestBody, GetVirtualPrivateCloudEdgeGatewaysRequestBodyDict, VirtualPrivateCloudEdgeGateway, VirtualPrivateCloudEdgeGatewayConnection)


class VirtualPrivateCloudEdgeGatewayApi(Api):
    @overload
    def get_virtual_private_cloud_edge_gateways(self, get_virtual_private_cloud_edge_gateways_request_body: GetVirtualPrivateCloudEdgeGatewaysRequestBody | GetVirtualPrivateCloudEdgeGatewaysRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VirtualPrivateCloudEdgeGateway]: ...
    @overload
    def get_virtual_private_cloud_edge_gateways(self, get_virtual_private_cloud_edge_gateways_request_body: GetVirtualPrivateCloudEdgeGatewaysRequestBody | GetVirtualPrivateCloudEdgeGatewaysRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VirtualPrivateCloudEdgeGateway]]: ...
    @overload
    def get_virtual_private_cloud_edge_gateways_with_http_info(self, get_virtual_private_cloud_edge_gateways_request_body: GetVirtualPrivateCloudEdgeGatewaysRequestBody | GetVirtualPrivateCloudEdgeGatewaysRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VirtualPrivateCloudEdgeGateway]]: ...
    @overload
    def get_virtual_private_cloud_edge_gateways_with_http_info(self, get_virtual_private_cloud_edge_gateways_request_body: GetVirtualPrivateCloudEdgeGatewaysRequestBody | GetVirtualPrivateCloudEdgeGatewaysRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VirtualPrivateCloudEdgeGateway]]]: ...
    @overload
    def get_virtual_private_cloud_edge_gateways_connection(self, get_virtual_private_cloud_edge_gateways_connection_request_body: GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VirtualPrivateCloudEdgeGatewayConnection: ...
    @overload
    def get_virtual_private_cloud_edge_gateways_connection(self, get_virtual_private_cloud_edge_gateways_connection_request_body: GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VirtualPrivateCloudEdgeGatewayConnection]: ...
    @overload
    def get_virtual_private_cloud_edge_gateways_connection_with_http_info(self, get_virtual_private_cloud_edge_gateways_connection_request_body: GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VirtualPrivateCloudEdgeGatewayConnection]: ...
    @overload
    def get_virtual_private_cloud_edge_gateways_connection_with_http_info(self, get_virtual_private_cloud_edge_gateways_connection_request_body: GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewaysConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VirtualPrivateCloudEdgeGatewayConnection]]: ...
