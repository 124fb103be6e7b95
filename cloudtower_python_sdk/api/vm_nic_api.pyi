# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVmNicsConnectionRequestBody, GetVmNicsConnectionRequestBodyDict, GetVmNicsRequestBody, GetVmNicsRequestBodyDict, VmNic, VmNicConnection)


class VmNicApi(Api):
    @overload
    def get_vm_nics(self, get_vm_nics_request_body: GetVmNicsRequestBody | GetVmNicsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VmNic]: ...
    @overload
    def get_vm_nics(self, get_vm_nics_request_body: GetVmNicsRequestBody | GetVmNicsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VmNic]]: ...
    @overload
    def get_vm_nics_with_http_info(self, get_vm_nics_request_body: GetVmNicsRequestBody | GetVmNicsRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VmNic]]: ...
    @overload
    def get_vm_nics_with_http_info(self, get_vm_nics_request_body: GetVmNicsRequestBody | GetVmNicsRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VmNic]]]: ...
    @overload
    def get_vm_nics_connection(self, get_vm_nics_connection_request_body: GetVmNicsConnectionRequestBody | GetVmNicsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VmNicConnection: ...
    @overload
    def get_vm_nics_connection(self, get_vm_nics_connection_request_body: GetVmNicsConnectionRequestBody | GetVmNicsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VmNicConnection]: ...
    @overload
    def get_vm_nics_connection_with_http_info(self, get_vm_nics_connection_request_body: GetVmNicsConnectionRequestBody | GetVmNicsConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VmNicConnection]: ...
    @overload
    def get_vm_nics_connection_with_http_info(self, get_vm_nics_connection_request_body: GetVmNicsConnectionRequestBody | GetVmNicsConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VmNicConnection]]: ...
