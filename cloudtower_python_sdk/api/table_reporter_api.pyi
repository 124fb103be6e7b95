# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (TableReporterParams, TableReporterParamsDict)


class TableReporterApi(Api):
    @overload
    def export_csv(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> str: ...
    @overload
    def export_csv(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[str]: ...
    @overload
    def export_csv_with_http_info(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[str]: ...
    @overload
    def export_csv_with_http_info(self, table_reporter_params: TableReporterParams | TableReporterParamsDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[str]]: ...
