# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetVmExportFilesConnectionRequestBody, GetVmExportFilesConnectionRequestBodyDict, GetVmExportFilesRequestBody, GetVmExportFilesRequestBodyDict, VmExportFile, VmExportFileConnection)


class VmExportFileApi(Api):
    @overload
    def get_vm_export_files(self, get_vm_export_files_request_body: GetVmExportFilesRequestBody | GetVmExportFilesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[VmExportFile]: ...
    @overload
    def get_vm_export_files(self, get_vm_export_files_request_body: GetVmExportFilesRequestBody | GetVmExportFilesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[VmExportFile]]: ...
    @overload
    def get_vm_export_files_with_http_info(self, get_vm_export_files_request_body: GetVmExportFilesRequestBody | GetVmExportFilesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[VmExportFile]]: ...
    @overload
    def get_vm_export_files_with_http_info(self, get_vm_export_files_request_body: GetVmExportFilesRequestBody | GetVmExportFilesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[VmExportFile]]]: ...
    @overload
    def get_vm_export_files_connection(self, get_vm_export_files_connection_request_body: GetVmExportFilesConnectionRequestBody | GetVmExportFilesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> VmExportFileConnection: ...
    @overload
    def get_vm_export_files_connection(self, get_vm_export_files_connection_request_body: GetVmExportFilesConnectionRequestBody | GetVmExportFilesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[VmExportFileConnection]: ...
    @overload
    def get_vm_export_files_connection_with_http_info(self, get_vm_export_files_connection_request_body: GetVmExportFilesConnectionRequestBody | GetVmExportFilesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[VmExportFileConnection]: ...
    @overload
    def get_vm_export_files_connection_with_http_info(self, get_vm_export_files_connection_request_body: GetVmExportFilesConnectionRequestBody | GetVmExportFilesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[VmExportFileConnection]]: ...
