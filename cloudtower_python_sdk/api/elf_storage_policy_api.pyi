# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (ElfStoragePolicy, ElfStoragePolicyConnection, GetElfStoragePoliciesConnectionRequestBody, GetElfStoragePoliciesConnectionRequestBodyDict, GetElfStoragePoliciesRequestBody, GetElfStoragePoliciesRequestBodyDict)


class ElfStoragePolicyApi(Api):
    @overload
    def get_elf_storage_policies(self, get_elf_storage_policies_request_body: GetElfStoragePoliciesRequestBody | GetElfStoragePoliciesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ElfStoragePolicy]: ...
    @overload
    def get_elf_storage_policies(self, get_elf_storage_policies_request_body: GetElfStoragePoliciesRequestBody | GetElfStoragePoliciesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ElfStoragePolicy]]: ...
    @overload
    def get_elf_storage_policies_with_http_info(self, get_elf_storage_policies_request_body: GetElfStoragePoliciesRequestBody | GetElfStoragePoliciesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ElfStoragePolicy]]: ...
    @overload
    def get_elf_storage_policies_with_http_info(self, get_elf_storage_policies_request_body: GetElfStoragePoliciesRequestBody | GetElfStoragePoliciesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ElfStoragePolicy]]]: ...
    @overload
    def get_elf_storage_policies_connection(self, get_elf_storage_policies_connection_request_body: GetElfStoragePoliciesConnectionRequestBody | GetElfStoragePoliciesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ElfStoragePolicyConnection: ...
    @overload
    def get_elf_storage_policies_connection(self, get_elf_storage_policies_connection_request_body: GetElfStoragePoliciesConnectionRequestBody | GetElfStoragePoliciesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ElfStoragePolicyConnection]: ...
    @overload
    def get_elf_storage_policies_connection_with_http_info(self, get_elf_storage_policies_connection_request_body: GetElfStoragePoliciesConnectionRequestBody | GetElfStoragePoliciesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ElfStoragePolicyConnection]: ...
    @overload
    def get_elf_storage_policies_connection_with_http_info(self, get_elf_storage_policies_connection_request_body: GetElfStoragePoliciesConnectionRequestBody | GetElfStoragePoliciesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ElfStoragePolicyConnection]]: ...
