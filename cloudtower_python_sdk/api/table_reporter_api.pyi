# Generated from the CloudTower API 4.6.0 OpenAPI document by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (TableReporterParams, TableReporterParamsDict)


class TableReporterApi(Api):
    @overload
    def export_csv(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> str: ...
    @overload
    def export_csv(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[str]: ...
    @overload
    def export_csv_with_http_info(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[False] = ..., **options: Unpack[CallOptions]) -> HttpInfo[str]: ...
    @overload
    def export_csv_with_http_info(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[True], **options: Unpack[CallOptions]) -> AsyncResult[HttpInfo[str]]: ...
