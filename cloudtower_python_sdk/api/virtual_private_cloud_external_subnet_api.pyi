# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVirtualPrivateCloudExternalSubnetsConnectionRequestBody, GetVirtualPrivateCloudExternalSubnetsConnectionRequestBodyDict, GetVirtualPrivateCloudExternalSubnetsRequestBody, GetVirtualPrivateCloudExternalSubnetsRequestBodyDict, VirtualPrivateCloudExternalSubnet, VirtualPrivateCloudExternalSubnetConnection)


class VirtualPrivateCloudExternalSubnetApi(Api):
    @overload
    def get_virtual_private_cloud_external_subnets(self, get_virtual_private_cloud_external_subnets_request_body: GetVirtualPrivateCloudExternalSubnetsRequestBody | GetVirtualPrivateCloudExternalSubnetsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VirtualPrivateCloudExternalSubnet]: ...
    @overload
    def get_virtual_private_cloud_external_subnets(self, get_virtual_private_cloud_external_subnets_request_body: GetVirtualPrivateCloudExternalSubnetsRequestBody | GetVirtualPrivateCloudExternalSubnetsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VirtualPrivateCloudExternalSubnet]]: ...
    @overload
    def get_virtual_private_cloud_external_subnets_with_http_info(self, get_virtual_private_cloud_external_subnets_request_body: GetVirtualPrivateCloudExternalSubnetsRequestBody | GetVirtualPrivateCloudExternalSubnetsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VirtualPrivateCloudExternalSubnet]]: ...
    @overload
    def get_virtual_private_cloud_external_subnets_with_http_info(self, get_virtual_private_cloud_external_subnets_request_body: GetVirtualPrivateCloudExternalSubnetsRequestBody | GetVirtualPrivateCloudExternalSubnetsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VirtualPrivateCloudExternalSubnet]]]: ...
    @overload
    def get_virtual_private_cloud_external_subnets_connection(self, get_virtual_private_cloud_external_subnets_connection_request_body: GetVirtualPrivateCloudExternalSubnetsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VirtualPrivateCloudExternalSubnetConnection: ...
    @overload
    def get_virtual_private_cloud_external_subnets_connection(self, get_virtual_private_cloud_external_subnets_connection_request_body: GetVirtualPrivateCloudExternalSubnetsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VirtualPrivateCloudExternalSubnetConnection]: ...
    @overload
    def get_virtual_private_cloud_external_subnets_connection_with_http_info(self, get_virtual_private_cloud_external_subnets_connection_request_body: GetVirtualPrivateCloudExternalSubnetsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VirtualPrivateCloudExternalSubnetConnection]: ...
    @overload
    def get_virtual_private_cloud_external_subnets_connection_with_http_info(self, get_virtual_private_cloud_external_subnets_connection_request_body: GetVirtualPrivateCloudExternalSubnetsConnectionRequestBody | GetVirtualPrivateCloudExternalSubnetsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VirtualPrivateCloudExternalSubnetConnection]]: ...
