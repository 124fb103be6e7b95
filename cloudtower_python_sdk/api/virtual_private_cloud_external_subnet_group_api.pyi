# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBody, GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBodyDict, GetVirtualPrivateCloudExternalSubnetGroupsRequestBody, GetVirtualPrivateCloudExternalSubnetGroupsRequestBodyDict, VirtualPrivateCloudExternalSubnetGroup, VirtualPrivateCloudExternalSubnetGroupConnection)


class VirtualPrivateCloudExternalSubnetGroupApi(Api):
    @overload
    def get_virtual_private_cloud_external_subnet_groups(self, get_virtual_private_cloud_external_subnet_groups_request_body: GetVirtualPrivateCloudExternalSubnetGroupsRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VirtualPrivateCloudExternalSubnetGroup]: ...
    @overload
    def get_virtual_private_cloud_external_subnet_groups(self, get_virtual_private_cloud_external_subnet_groups_request_body: GetVirtualPrivateCloudExternalSubnetGroupsRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VirtualPrivateCloudExternalSubnetGroup]]: ...
    @overload
    def get_virtual_private_cloud_external_subnet_groups_with_http_info(self, get_virtual_private_cloud_external_subnet_groups_request_body: GetVirtualPrivateCloudExternalSubnetGroupsRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VirtualPrivateCloudExternalSubnetGroup]]: ...
    @overload
    def get_virtual_private_cloud_external_subnet_groups_with_http_info(self, get_virtual_private_cloud_external_subnet_groups_request_body: GetVirtualPrivateCloudExternalSubnetGroupsRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VirtualPrivateCloudExternalSubnetGroup]]]: ...
    @overload
    def get_virtual_private_cloud_external_subnet_groups_connection(self, get_virtual_private_cloud_external_subnet_groups_connection_request_body: GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VirtualPrivateCloudExternalSubnetGroupConnection: ...
    @overload
    def get_virtual_private_cloud_external_subnet_groups_connection(self, get_virtual_private_cloud_external_subnet_groups_connection_request_body: GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VirtualPrivateCloudExternalSubnetGroupConnection]: ...
    @overload
    def get_virtual_private_cloud_external_subnet_groups_connection_with_http_info(self, get_virtual_private_cloud_external_subnet_groups_connection_request_body: GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VirtualPrivateCloudExternalSubnetGroupConnection]: ...
    @overload
    def get_virtual_private_cloud_external_subnet_groups_connection_with_http_info(self, get_virtual_private_cloud_external_subnet_groups_connection_request_body: GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetGroupsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VirtualPrivateCloudExternalSubnetGroupConnection]]: ...
