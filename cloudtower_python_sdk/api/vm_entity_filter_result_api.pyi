# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVmEntityFilterResultsConnectionRequestBody, GetVmEntityFilterResultsConnectionRequestBodyDict, GetVmEntityFilterResultsRequestBody, GetVmEntityFilterResultsRequestBodyDict, VmEntityFilterResult, VmEntityFilterResultConnection)


class VmEntityFilterResultApi(Api):
    @overload
    def get_vm_entity_filter_results(self, get_vm_entity_filter_results_request_body: GetVmEntityFilterResultsRequestBody | GetVmEntityFilterResultsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VmEntityFilterResult]: ...
    @overload
    def get_vm_entity_filter_results(self, get_vm_entity_filter_results_request_body: GetVmEntityFilterResultsRequestBody | GetVmEntityFilterResultsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VmEntityFilterResult]]: ...
    @overload
    def get_vm_entity_filter_results_with_http_info(self, get_vm_entity_filter_results_request_body: GetVmEntityFilterResultsRequestBody | GetVmEntityFilterResultsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VmEntityFilterResult]]: ...
    @overload
    def get_vm_entity_filter_results_with_http_info(self, get_vm_entity_filter_results_request_body: GetVmEntityFilterResultsRequestBody | GetVmEntityFilterResultsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VmEntityFilterResult]]]: ...
    @overload
    def get_vm_entity_filter_results_connection(self, get_vm_entity_filter_results_connection_request_body: GetVmEntityFilterResultsConnectionRequestBody | GetVmEntityFilterResultsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VmEntityFilterResultConnection: ...
    @overload
    def get_vm_entity_filter_results_connection(self, get_vm_entity_filter_results_connection_request_body: GetVmEntityFilterResultsConnectionRequestBody | GetVmEntityFilterResultsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VmEntityFilterResultConnection]: ...
    @overload
    def get_vm_entity_filter_results_connection_with_http_info(self, get_vm_entity_filter_results_connection_request_body: GetVmEntityFilterResultsConnectionRequestBody | GetVmEntityFilterResultsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VmEntityFilterResultConnection]: ...
    @overload
    def get_vm_entity_filter_results_connection_with_http_info(self, get_vm_entity_filter_results_connection_request_body: GetVmEntityFilterResultsConnectionRequestBody | GetVmEntityFilterResultsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VmEntityFilterResultConnection]]: ...
