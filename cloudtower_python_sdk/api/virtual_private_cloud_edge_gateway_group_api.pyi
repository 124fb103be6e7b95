# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBody, GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBodyDict, GetVirtualPrivateCloudEdgeGatewayGroupsRequestBody, GetVirtualPrivateCloudEdgeGatewayGroupsRequestBodyDict, VirtualPrivateCloudEdgeGatewayGroup, VirtualPrivateCloudEdgeGatewayGroupConnection)


class VirtualPrivateCloudEdgeGatewayGroupApi(Api):
    @overload
    def get_virtual_private_cloud_edge_gateway_groups(self, get_virtual_private_cloud_edge_gateway_groups_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VirtualPrivateCloudEdgeGatewayGroup]: ...
    @overload
    def get_virtual_private_cloud_edge_gateway_groups(self, get_virtual_private_cloud_edge_gateway_groups_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VirtualPrivateCloudEdgeGatewayGroup]]: ...
    @overload
    def get_virtual_private_cloud_edge_gateway_groups_with_http_info(self, get_virtual_private_cloud_edge_gateway_groups_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VirtualPrivateCloudEdgeGatewayGroup]]: ...
    @overload
    def get_virtual_private_cloud_edge_gateway_groups_with_http_info(self, get_virtual_private_cloud_edge_gateway_groups_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VirtualPrivateCloudEdgeGatewayGroup]]]: ...
    @overload
    def get_virtual_private_cloud_edge_gateway_groups_connection(self, get_virtual_private_cloud_edge_gateway_groups_connection_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VirtualPrivateCloudEdgeGatewayGroupConnection: ...
    @overload
    def get_virtual_private_cloud_edge_gateway_groups_connection(self, get_virtual_private_cloud_edge_gateway_groups_connection_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VirtualPrivateCloudEdgeGatewayGroupConnection]: ...
    @overload
    def get_virtual_private_cloud_edge_gateway_groups_connection_with_http_info(self, get_virtual_private_cloud_edge_gateway_groups_connection_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VirtualPrivateCloudEdgeGatewayGroupConnection]: ...
    @overload
    def get_virtual_private_cloud_edge_gateway_groups_connection_with_http_info(self, get_virtual_private_cloud_edge_gateway_groups_connection_request_body: GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBody | GetVirtualPrivateCloudEdgeGatewayGroupsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VirtualPrivateCloudEdgeGatewayGroupConnection]]: ...
