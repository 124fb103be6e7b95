# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (ClusterSettings, ClusterSettingsConnection, GetClusterSettingsesConnectionRequestBody, GetClusterSettingsesConnectionRequestBodyDict, GetClusterSettingsesRequestBody, GetClusterSettingsesRequestBodyDict)


class ClusterSettingsApi(Api):
    @overload
    def get_cluster_settingses(self, get_cluster_settingses_request_body: GetClusterSettingsesRequestBody | GetClusterSettingsesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ClusterSettings]: ...
    @overload
    def get_cluster_settingses(self, get_cluster_settingses_request_body: GetClusterSettingsesRequestBody | GetClusterSettingsesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ClusterSettings]]: ...
    @overload
    def get_cluster_settingses_with_http_info(self, get_cluster_settingses_request_body: GetClusterSettingsesRequestBody | GetClusterSettingsesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ClusterSettings]]: ...
    @overload
    def get_cluster_settingses_with_http_info(self, get_cluster_settingses_request_body: GetClusterSettingsesRequestBody | GetClusterSettingsesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ClusterSettings]]]: ...
    @overload
    def get_cluster_settingses_connection(self, get_cluster_settingses_connection_request_body: GetClusterSettingsesConnectionRequestBody | GetClusterSettingsesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ClusterSettingsConnection: ...
    @overload
    def get_cluster_settingses_connection(self, get_cluster_settingses_connection_request_body: GetClusterSettingsesConnectionRequestBody | GetClusterSettingsesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ClusterSettingsConnection]: ...
    @overload
    def get_cluster_settingses_connection_with_http_info(self, get_cluster_settingses_connection_request_body: GetClusterSettingsesConnectionRequestBody | GetClusterSettingsesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ClusterSettingsConnection]: ...
    @overload
    def get_cluster_settingses_connection_with_http_info(self, get_cluster_settingses_connection_request_body: GetClusterSettingsesConnectionRequestBody | GetClusterSettingsesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ClusterSettingsConnection]]: ...
