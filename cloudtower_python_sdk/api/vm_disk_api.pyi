# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVmDisksConnectionRequestBody, GetVmDisksConnectionRequestBodyDict, GetVmDisksRequestBody, GetVmDisksRequestBodyDict, VmDisk, VmDiskConnection)


class VmDiskApi(Api):
    @overload
    def get_vm_disks(self, get_vm_disks_request_body: GetVmDisksRequestBody | GetVmDisksRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VmDisk]: ...
    @overload
    def get_vm_disks(self, get_vm_disks_request_body: GetVmDisksRequestBody | GetVmDisksRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VmDisk]]: ...
    @overload
    def get_vm_disks_with_http_info(self, get_vm_disks_request_body: GetVmDisksRequestBody | GetVmDisksRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VmDisk]]: ...
    @overload
    def get_vm_disks_with_http_info(self, get_vm_disks_request_body: GetVmDisksRequestBody | GetVmDisksRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VmDisk]]]: ...
    @overload
    def get_vm_disks_connection(self, get_vm_disks_connection_request_body: GetVmDisksConnectionRequestBody | GetVmDisksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VmDiskConnection: ...
    @overload
    def get_vm_disks_connection(self, get_vm_disks_connection_request_body: GetVmDisksConnectionRequestBody | GetVmDisksConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VmDiskConnection]: ...
    @overload
    def get_vm_disks_connection_with_http_info(self, get_vm_disks_connection_request_body: GetVmDisksConnectionRequestBody | GetVmDisksConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VmDiskConnection]: ...
    @overload
    def get_vm_disks_connection_with_http_info(self, get_vm_disks_connection_request_body: GetVmDisksConnectionRequestBody | GetVmDisksConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VmDiskConnection]]: ...
