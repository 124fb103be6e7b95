# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetReportTasksConnectionRequestBody, GetReportTasksConnectionRequestBodyDict, GetReportTasksRequestBody, GetReportTasksRequestBodyDict, ReportTask, ReportTaskConnection)


class ReportTaskApi(Api):
    @overload
    def get_report_tasks(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ReportTask]: ...
    @overload
    def get_report_tasks(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ReportTask]]: ...
    @overload
    def get_report_tasks_with_http_info(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ReportTask]]: ...
    @overload
    def get_report_tasks_with_http_info(self, get_report_tasks_request_body: GetReportTasksRequestBody | GetReportTasksRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ReportTask]]]: ...
    @overload
    def get_report_tasks_connection(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ReportTaskConnection: ...
    @overload
    def get_report_tasks_connection(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ReportTaskConnection]: ...
    @overload
    def get_report_tasks_connection_with_http_info(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ReportTaskConnection]: ...
    @overload
    def get_report_tasks_connection_with_http_info(self, get_report_tasks_connection_request_body: GetReportTasksConnectionRequestBody | GetReportTasksConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ReportTaskConnection]]: ...
