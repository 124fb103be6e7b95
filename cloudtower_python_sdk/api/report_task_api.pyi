# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetReportTasksConnectionRequestBody, GetReportTasksConnectionRequestBodyDict, GetReportTasksRequestBody, GetReportTasksRequestBodyDict, ReportTask, ReportTaskConnection)


class ReportTaskApi(Api):
    @overload
    def get_report_tasks(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> list[ReportTask]: ...
    @overload
    def get_report_tasks(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[list[ReportTask]]: ...
    @overload
    def get_report_tasks_with_http_info(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[list[ReportTask]]: ...
    @overload
    def get_report_tasks_with_http_info(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ReportTask]]]: ...
    @overload
    def get_report_tasks_connection(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> ReportTaskConnection: ...
    @overload
    def get_report_tasks_connection(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[ReportTaskConnection]: ...
    @overload
    def get_report_tasks_connection_with_http_info(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[ReportTaskConnection]: ...
    @overload
    def get_report_tasks_connection_with_http_info(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ReportTaskConnection]]: ...
