# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (CloudTowerApplicationPackage, CloudTowerApplicationPackageConnection, GetCloudTowerApplicationPackagesConnectionRequestBody, GetCloudTowerApplicationPackagesConnectionRequestBodyDict, GetCloudTowerApplicationPackagesRequestBody, GetCloudTowerApplicationPackagesRequestBodyDict)


class CloudTowerApplicationPackageApi(Api):
    @overload
    def get_cloud_tower_application_packages(self, get_cloud_tower_application_packages_request_body: GetCloudTowerApplicationPackagesRequestBody | GetCloudTowerApplicationPackagesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[CloudTowerApplicationPackage]: ...
    @overload
    def get_cloud_tower_application_packages(self, get_cloud_tower_application_packages_request_body: GetCloudTowerApplicationPackagesRequestBody | GetCloudTowerApplicationPackagesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[CloudTowerApplicationPackage]]: ...
    @overload
    def get_cloud_tower_application_packages_with_http_info(self, get_cloud_tower_application_packages_request_body: GetCloudTowerApplicationPackagesRequestBody | GetCloudTowerApplicationPackagesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[CloudTowerApplicationPackage]]: ...
    @overload
    def get_cloud_tower_application_packages_with_http_info(self, get_cloud_tower_application_packages_request_body: GetCloudTowerApplicationPackagesRequestBody | GetCloudTowerApplicationPackagesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[CloudTowerApplicationPackage]]]: ...
    @overload
    def get_cloud_tower_application_packages_connection(self, get_cloud_tower_application_packages_connection_request_body: GetCloudTowerApplicationPackagesConnectionRequestBody | GetCloudTowerApplicationPackagesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> CloudTowerApplicationPackageConnection: ...
    @overload
    def get_cloud_tower_application_packages_connection(self, get_cloud_tower_application_packages_connection_request_body: GetCloudTowerApplicationPackagesConnectionRequestBody | GetCloudTowerApplicationPackagesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[CloudTowerApplicationPackageConnection]: ...
    @overload
    def get_cloud_tower_application_packages_connection_with_http_info(self, get_cloud_tower_application_packages_connection_request_body: GetCloudTowerApplicationPackagesConnectionRequestBody | GetCloudTowerApplicationPackagesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[CloudTowerApplicationPackageConnection]: ...
    @overload
    def get_cloud_tower_application_packages_connection_with_http_info(self, get_cloud_tower_application_packages_connection_request_body: GetCloudTowerApplicationPackagesConnectionRequestBody | GetCloudTowerApplicationPackagesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[CloudTowerApplicationPackageConnection]]: ...
