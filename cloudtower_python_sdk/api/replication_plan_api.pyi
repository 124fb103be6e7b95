# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetReplicationPlansConnectionRequestBody, GetReplicationPlansConnectionRequestBodyDict, GetReplicationPlansRequestBody, GetReplicationPlansRequestBodyDict, ReplicationPlan, ReplicationPlanConnection)


class ReplicationPlanApi(Api):
    @overload
    def get_replication_plans(self, get_replication_plans_request_body: GetReplicationPlansRequestBody | GetReplicationPlansRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ReplicationPlan]: ...
    @overload
    def get_replication_plans(self, get_replication_plans_request_body: GetReplicationPlansRequestBody | GetReplicationPlansRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ReplicationPlan]]: ...
    @overload
    def get_replication_plans_with_http_info(self, get_replication_plans_request_body: GetReplicationPlansRequestBody | GetReplicationPlansRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ReplicationPlan]]: ...
    @overload
    def get_replication_plans_with_http_info(self, get_replication_plans_request_body: GetReplicationPlansRequestBody | GetReplicationPlansRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ReplicationPlan]]]: ...
    @overload
    def get_replication_plans_connection(self, get_replication_plans_connection_request_body: GetReplicationPlansConnectionRequestBody | GetReplicationPlansConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ReplicationPlanConnection: ...
    @overload
    def get_replication_plans_connection(self, get_replication_plans_connection_request_body: GetReplicationPlansConnectionRequestBody | GetReplicationPlansConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ReplicationPlanConnection]: ...
    @overload
    def get_replication_plans_connection_with_http_info(self, get_replication_plans_connection_request_body: GetReplicationPlansConnectionRequestBody | GetReplicationPlansConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ReplicationPlanConnection]: ...
    @overload
    def get_replication_plans_connection_with_http_info(self, get_replication_plans_connection_request_body: GetReplicationPlansConnectionRequestBody | GetReplicationPlansConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ReplicationPlanConnection]]: ...
