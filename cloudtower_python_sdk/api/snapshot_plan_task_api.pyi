# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetSnapshotPlanTasksConnectionRequestBody, GetSnapshotPlanTasksConnectionRequestBodyDict, GetSnapshotPlanTasksRequestBody, GetSnapshotPlanTasksRequestBodyDict, SnapshotPlanTask, SnapshotPlanTaskConnection)


class SnapshotPlanTaskApi(Api):
    @overload
    def get_snapshot_plan_tasks(self, get_snapshot_plan_tasks_request_body: GetSnapshotPlanTasksRequestBody | GetSnapshotPlanTasksRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[SnapshotPlanTask]: ...
    @overload
    def get_snapshot_plan_tasks(self, get_snapshot_plan_tasks_request_body: GetSnapshotPlanTasksRequestBody | GetSnapshotPlanTasksRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[SnapshotPlanTask]]: ...
    @overload
    def get_snapshot_plan_tasks_with_http_info(self, get_snapshot_plan_tasks_request_body: GetSnapshotPlanTasksRequestBody | GetSnapshotPlanTasksRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[SnapshotPlanTask]]: ...
    @overload
    def get_snapshot_plan_tasks_with_http_info(self, get_snapshot_plan_tasks_request_body: GetSnapshotPlanTasksRequestBody | GetSnapshotPlanTasksRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[SnapshotPlanTask]]]: ...
    @overload
    def get_snapshot_plan_tasks_connection(self, get_snapshot_plan_tasks_connection_request_body: GetSnapshotPlanTasksConnectionRequestBody | GetSnapshotPlanTasksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> SnapshotPlanTaskConnection: ...
    @overload
    def get_snapshot_plan_tasks_connection(self, get_snapshot_plan_tasks_connection_request_body: GetSnapshotPlanTasksConnectionRequestBody | GetSnapshotPlanTasksConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[SnapshotPlanTaskConnection]: ...
    @overload
    def get_snapshot_plan_tasks_connection_with_http_info(self, get_snapshot_plan_tasks_connection_request_body: GetSnapshotPlanTasksConnectionRequestBody | GetSnapshotPlanTasksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[SnapshotPlanTaskConnection]: ...
    @overload
    def get_snapshot_plan_tasks_connection_with_http_info(self, get_snapshot_plan_tasks_connection_request_body: GetSnapshotPlanTasksConnectionRequestBody | GetSnapshotPlanTasksConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[SnapshotPlanTaskConnection]]: ...
