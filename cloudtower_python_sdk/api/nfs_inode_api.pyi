# Generated from CloudTower API 4.6.0 by `python -m codegen` -- do not edit.

from typing import Any, Sequence, overload

from typing_extensions import Literal, Unpack, deprecated

from cloudtower_python_sdk._typing import AsyncResult, CallOptions, File, HttpInfo
from cloudtower_python_sdk.api_base import Api
from cloudtower_python_sdk.models import (GetNfsInodesConnectionRequestBody, GetNfsInodesConnectionRequestBodyDict, GetNfsInodesRequestBody, GetNfsInodesRequestBodyDict, NfsInode, NfsInodeConnection)


class NfsInodeApi(Api):
    @overload
    def get_nfs_inodes(self, get_nfs_inodes_request_body: GetNfsInodesRequestBody | GetNfsInodesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> list[NfsInode]: ...
    @overload
    def get_nfs_inodes(self, get_nfs_inodes_request_body: GetNfsInodesRequestBody | GetNfsInodesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[list[NfsInode]]: ...
    @overload
    def get_nfs_inodes_with_http_info(self, get_nfs_inodes_request_body: GetNfsInodesRequestBody | GetNfsInodesRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[list[NfsInode]]: ...
    @overload
    def get_nfs_inodes_with_http_info(self, get_nfs_inodes_request_body: GetNfsInodesRequestBody | GetNfsInodesRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[list[NfsInode]]]: ...
    @overload
    def get_nfs_inodes_connection(self, get_nfs_inodes_connection_request_body: GetNfsInodesConnectionRequestBody | GetNfsInodesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> NfsInodeConnection: ...
    @overload
    def get_nfs_inodes_connection(self, get_nfs_inodes_connection_request_body: GetNfsInodesConnectionRequestBody | GetNfsInodesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[NfsInodeConnection]: ...
    @overload
    def get_nfs_inodes_connection_with_http_info(self, get_nfs_inodes_connection_request_body: GetNfsInodesConnectionRequestBody | GetNfsInodesConnectionRequestBodyDict, *, async_req: Literal[False] = ..., **kwargs: Unpack[CallOptions]) -> HttpInfo[NfsInodeConnection]: ...
    @overload
    def get_nfs_inodes_connection_with_http_info(self, get_nfs_inodes_connection_request_body: GetNfsInodesConnectionRequestBody | GetNfsInodesConnectionRequestBodyDict, *, async_req: Literal[True], **kwargs: Unpack[CallOptions]) -> AsyncResult[HttpInfo[NfsInodeConnection]]: ...
