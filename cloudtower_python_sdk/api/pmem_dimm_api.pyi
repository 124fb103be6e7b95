# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetPmemDimmsConnectionRequestBody, GetPmemDimmsConnectionRequestBodyDict, GetPmemDimmsRequestBody, GetPmemDimmsRequestBodyDict, PmemDimm, PmemDimmConnection)


class PmemDimmApi(Api):
    @overload
    def get_pmem_dimms(self, get_pmem_dimms_request_body: GetPmemDimmsRequestBody | GetPmemDimmsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[PmemDimm]: ...
    @overload
    def get_pmem_dimms(self, get_pmem_dimms_request_body: GetPmemDimmsRequestBody | GetPmemDimmsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[PmemDimm]]: ...
    @overload
    def get_pmem_dimms_with_http_info(self, get_pmem_dimms_request_body: GetPmemDimmsRequestBody | GetPmemDimmsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[PmemDimm]]: ...
    @overload
    def get_pmem_dimms_with_http_info(self, get_pmem_dimms_request_body: GetPmemDimmsRequestBody | GetPmemDimmsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[PmemDimm]]]: ...
    @overload
    def get_pmem_dimms_connection(self, get_pmem_dimms_connection_request_body: GetPmemDimmsConnectionRequestBody | GetPmemDimmsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> PmemDimmConnection: ...
    @overload
    def get_pmem_dimms_connection(self, get_pmem_dimms_connection_request_body: GetPmemDimmsConnectionRequestBody | GetPmemDimmsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[PmemDimmConnection]: ...
    @overload
    def get_pmem_dimms_connection_with_http_info(self, get_pmem_dimms_connection_request_body: GetPmemDimmsConnectionRequestBody | GetPmemDimmsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[PmemDimmConnection]: ...
    @overload
    def get_pmem_dimms_connection_with_http_info(self, get_pmem_dimms_connection_request_body: GetPmemDimmsConnectionRequestBody | GetPmemDimmsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[PmemDimmConnection]]: ...
