# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (ClusterUpgradeHistory, ClusterUpgradeHistoryConnection, GetClusterUpgradeHistoriesConnectionRequestBody, GetClusterUpgradeHistoriesConnectionRequestBodyDict, GetClusterUpgradeHistoriesRequestBody, GetClusterUpgradeHistoriesRequestBodyDict)


class ClusterUpgradeHistoryApi(Api):
    @overload
    def get_cluster_upgrade_histories(self, get_cluster_upgrade_histories_request_body: GetClusterUpgradeHistoriesRequestBody | GetClusterUpgradeHistoriesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ClusterUpgradeHistory]: ...
    @overload
    def get_cluster_upgrade_histories(self, get_cluster_upgrade_histories_request_body: GetClusterUpgradeHistoriesRequestBody | GetClusterUpgradeHistoriesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ClusterUpgradeHistory]]: ...
    @overload
    def get_cluster_upgrade_histories_with_http_info(self, get_cluster_upgrade_histories_request_body: GetClusterUpgradeHistoriesRequestBody | GetClusterUpgradeHistoriesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ClusterUpgradeHistory]]: ...
    @overload
    def get_cluster_upgrade_histories_with_http_info(self, get_cluster_upgrade_histories_request_body: GetClusterUpgradeHistoriesRequestBody | GetClusterUpgradeHistoriesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ClusterUpgradeHistory]]]: ...
    @overload
    def get_cluster_upgrade_histories_connection(self, get_cluster_upgrade_histories_connection_request_body: GetClusterUpgradeHistoriesConnectionRequestBody | GetClusterUpgradeHistoriesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ClusterUpgradeHistoryConnection: ...
    @overload
    def get_cluster_upgrade_histories_connection(self, get_cluster_upgrade_histories_connection_request_body: GetClusterUpgradeHistoriesConnectionRequestBody | GetClusterUpgradeHistoriesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ClusterUpgradeHistoryConnection]: ...
    @overload
    def get_cluster_upgrade_histories_connection_with_http_info(self, get_cluster_upgrade_histories_connection_request_body: GetClusterUpgradeHistoriesConnectionRequestBody | GetClusterUpgradeHistoriesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ClusterUpgradeHistoryConnection]: ...
    @overload
    def get_cluster_upgrade_histories_connection_with_http_info(self, get_cluster_upgrade_histories_connection_request_body: GetClusterUpgradeHistoriesConnectionRequestBody | GetClusterUpgradeHistoriesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ClusterUpgradeHistoryConnection]]: ...
