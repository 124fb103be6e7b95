# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (ElfDataStore, ElfDataStoreConnection, GetElfDataStoresConnectionRequestBody, GetElfDataStoresConnectionRequestBodyDict, GetElfDataStoresRequestBody, GetElfDataStoresRequestBodyDict)


class ElfDataStoreApi(Api):
    @overload
    def get_elf_data_stores(self, get_elf_data_stores_request_body: GetElfDataStoresRequestBody | GetElfDataStoresRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[ElfDataStore]: ...
    @overload
    def get_elf_data_stores(self, get_elf_data_stores_request_body: GetElfDataStoresRequestBody | GetElfDataStoresRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[ElfDataStore]]: ...
    @overload
    def get_elf_data_stores_with_http_info(self, get_elf_data_stores_request_body: GetElfDataStoresRequestBody | GetElfDataStoresRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[ElfDataStore]]: ...
    @overload
    def get_elf_data_stores_with_http_info(self, get_elf_data_stores_request_body: GetElfDataStoresRequestBody | GetElfDataStoresRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[ElfDataStore]]]: ...
    @overload
    def get_elf_data_stores_connection(self, get_elf_data_stores_connection_request_body: GetElfDataStoresConnectionRequestBody | GetElfDataStoresConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> ElfDataStoreConnection: ...
    @overload
    def get_elf_data_stores_connection(self, get_elf_data_stores_connection_request_body: GetElfDataStoresConnectionRequestBody | GetElfDataStoresConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[ElfDataStoreConnection]: ...
    @overload
    def get_elf_data_stores_connection_with_http_info(self, get_elf_data_stores_connection_request_body: GetElfDataStoresConnectionRequestBody | GetElfDataStoresConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[ElfDataStoreConnection]: ...
    @overload
    def get_elf_data_stores_connection_with_http_info(self, get_elf_data_stores_connection_request_body: GetElfDataStoresConnectionRequestBody | GetElfDataStoresConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[ElfDataStoreConnection]]: ...
